export * from './columns';
export { computeRoadmap, stageNumberOf, unreadableDeadlines } from './compute';
export type { RoadmapActivityKey, RoadmapInput, RoadmapRow } from './compute';
export { academicYearStart, deadlineDay } from './deadline';
export { ROADMAP_HEADERS, planRoadmapSheet, roadmapTextColumns } from './plan';
export type { RoadmapSheetPlan } from './plan';

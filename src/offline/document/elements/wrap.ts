import type { AnyNode } from '../model';
import type { DocSession } from '../session';
import { Body, FooterSection, HeaderSection, TableCell } from './container';
import type { ElementBase } from './element';
import { ListItem, Paragraph } from './paragraph';
import { HorizontalRule, PageBreak, Table, TableRow } from './table';

/** A fresh element object over a node, as Apps Script hands out a new object on every call. */
export function wrapNode(session: DocSession, node: AnyNode): ElementBase {
  switch (node.type) {
    case 'PARAGRAPH':
      return new Paragraph(session, node);
    case 'LIST_ITEM':
      return new ListItem(session, node);
    case 'TABLE':
      return new Table(session, node);
    case 'TABLE_ROW':
      return new TableRow(session, node);
    case 'TABLE_CELL':
      return new TableCell(session, node);
    case 'PAGE_BREAK':
      return new PageBreak(session, node);
    case 'HORIZONTAL_RULE':
      return new HorizontalRule(session, node);
    case 'BODY_SECTION':
      return new Body(session, node);
    case 'HEADER_SECTION':
      return new HeaderSection(session, node);
    case 'FOOTER_SECTION':
      return new FooterSection(session, node);
  }
}

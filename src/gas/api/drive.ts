/**
 * The subset of Google's DriveApp that the add-on uses. Signatures are Google's own (from
 * @types/google-apps-script); object results are narrowed to the subset interfaces, so the real service
 * and the offline one both satisfy this type, and a signature that drifts from Google's fails to compile
 * (tests/types/conformance.ts).
 */

/** Google's `Base.BlobSource`: anything that can hand out its data as a blob. */
export interface BlobSourceApi {
  getAs(contentType: string): BlobApi;
  getBlob(): BlobApi;
}

/** Google's `Base.Blob` (also what `Utilities.newBlob` returns). */
export interface BlobApi extends BlobSourceApi {
  getBytes: GoogleAppsScript.Base.Blob['getBytes'];
  setBytes(data: GoogleAppsScript.Byte[]): BlobApi;
  getDataAsString: GoogleAppsScript.Base.Blob['getDataAsString'];
  setDataFromString(string: string): BlobApi;
  setDataFromString(string: string, charset: string): BlobApi;
  getName: GoogleAppsScript.Base.Blob['getName'];
  setName(name: string): BlobApi;
  getContentType: GoogleAppsScript.Base.Blob['getContentType'];
  setContentType(contentType: string | null): BlobApi;
  isGoogleType: GoogleAppsScript.Base.Blob['isGoogleType'];
  copyBlob(): BlobApi;
}

export interface FileApi {
  getId: GoogleAppsScript.Drive.File['getId'];
  getName: GoogleAppsScript.Drive.File['getName'];
  setName(name: string): FileApi;
  getUrl: GoogleAppsScript.Drive.File['getUrl'];
  getMimeType: GoogleAppsScript.Drive.File['getMimeType'];
  getSize: GoogleAppsScript.Drive.File['getSize'];
  getDateCreated: GoogleAppsScript.Drive.File['getDateCreated'];
  getLastUpdated: GoogleAppsScript.Drive.File['getLastUpdated'];
  getDescription: GoogleAppsScript.Drive.File['getDescription'];
  setDescription(description: string): FileApi;
  makeCopy(): FileApi;
  makeCopy(destination: FolderApi): FileApi;
  makeCopy(name: string): FileApi;
  makeCopy(name: string, destination: FolderApi): FileApi;
  setTrashed(trashed: boolean): FileApi;
  isTrashed: GoogleAppsScript.Drive.File['isTrashed'];
  moveTo(destination: FolderApi): FileApi;
  getParents(): FolderIteratorApi;
  getAs(contentType: string): BlobApi;
  getBlob(): BlobApi;
}

export interface FolderApi {
  getId: GoogleAppsScript.Drive.Folder['getId'];
  getName: GoogleAppsScript.Drive.Folder['getName'];
  setName(name: string): FolderApi;
  getUrl: GoogleAppsScript.Drive.Folder['getUrl'];
  getDateCreated: GoogleAppsScript.Drive.Folder['getDateCreated'];
  getLastUpdated: GoogleAppsScript.Drive.Folder['getLastUpdated'];
  createFolder(name: string): FolderApi;
  createFile(blob: BlobSourceApi): FileApi;
  createFile(name: string, content: string): FileApi;
  createFile(name: string, content: string, mimeType: string): FileApi;
  getFolders(): FolderIteratorApi;
  getFiles(): FileIteratorApi;
  getFoldersByName(name: string): FolderIteratorApi;
  getFilesByName(name: string): FileIteratorApi;
  addFile(child: FileApi): FolderApi;
  removeFile(child: FileApi): FolderApi;
  getParents(): FolderIteratorApi;
  setTrashed(trashed: boolean): FolderApi;
  isTrashed: GoogleAppsScript.Drive.Folder['isTrashed'];
}

export interface FileIteratorApi {
  hasNext: GoogleAppsScript.Drive.FileIterator['hasNext'];
  next(): FileApi;
  getContinuationToken: GoogleAppsScript.Drive.FileIterator['getContinuationToken'];
}

export interface FolderIteratorApi {
  hasNext: GoogleAppsScript.Drive.FolderIterator['hasNext'];
  next(): FolderApi;
  getContinuationToken: GoogleAppsScript.Drive.FolderIterator['getContinuationToken'];
}

export interface DriveAppApi {
  Access: typeof GoogleAppsScript.Drive.Access;
  Permission: typeof GoogleAppsScript.Drive.Permission;
  getRootFolder(): FolderApi;
  getFolderById(id: string): FolderApi;
  getFileById(id: string): FileApi;
  createFolder(name: string): FolderApi;
  createFile(blob: BlobSourceApi): FileApi;
  createFile(name: string, content: string): FileApi;
  createFile(name: string, content: string, mimeType: string): FileApi;
  getFiles(): FileIteratorApi;
  getFolders(): FolderIteratorApi;
  getFilesByName(name: string): FileIteratorApi;
  getFoldersByName(name: string): FolderIteratorApi;
  continueFileIterator(continuationToken: string): FileIteratorApi;
  continueFolderIterator(continuationToken: string): FolderIteratorApi;
}

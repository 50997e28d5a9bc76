/** Public surface of the data audit. */
export { auditAll, auditAlignment, auditDataset } from './auditDataset.ts';
export type { AuditFinding } from './finding.ts';
export { AUDIT_TOLERANCE } from './finding.ts';
export { recomputeRating } from './publishedIndex.ts';

import DataLoader from 'dataloader';
import type { Db } from '../../../db/sql.js';
import { groupBy } from '../../kernel/dated-loader.js';
import { complaintsByRefs, followupsOf, type PersonalData } from './complaint.repository.js';
import type { Complaint, Followup } from './complaint.type.js';

/** Per-request loaders for complaints (personal data as the viewer may see it) and their follow-ups. */
export function createComplaintLoaders(db: Db, personal: PersonalData) {
  const byRef = new DataLoader<string, Complaint | undefined>(async (refs) => {
    const found = new Map((await complaintsByRefs(db, refs, personal)).map((c) => [c.ref, c]));
    return refs.map((ref) => found.get(ref));
  });
  const followups = new DataLoader<number, Followup[]>(async (ids) => {
    const found = groupBy(await followupsOf(db, ids), (f) => f.complaintId);
    return ids.map((id) => found.get(id) ?? []);
  });
  return { byRef, followups };
}

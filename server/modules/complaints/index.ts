// Complaints: the Complaint type, the filtered and paged list, one complaint by ref, follow-ups, all
// read through the scope; a figure's complaints (drill-through).
export { ComplaintListFilter } from './complaint-filter.input.js';
export { matchingComplaints, type ComplaintCriteria } from './complaint.repository.js';
export { createComplaintReader, type ComplaintReader } from './complaint.reader.js';
export { Complaint, DueSourceEnum, HandlingClassEnum } from './complaint.type.js';

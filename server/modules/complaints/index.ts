// Complaints: the Complaint type, the filtered and paged list, one complaint by ref, follow-ups, all
// read through the scope. The filter input is the API contract's, shared with the metric queries.
export { ComplaintConnectionResolver, ComplaintResolver } from './complaint.resolver.js';
export { ComplaintFilter, ComplaintListFilter } from './complaint-filter.input.js';
export { CategoryEnum, ChannelEnum, LineEnum } from './complaint.enums.js';
export { CATEGORY_LABELS, CHANNEL_LABELS, LINE_LABELS, type Label } from './complaint.labels.js';
export { matchingComplaints, type ComplaintCriteria } from './complaint.repository.js';
export { createComplaintReader, type ComplaintReader } from './complaint.reader.js';
export { PageInfo } from './complaint.type.js';

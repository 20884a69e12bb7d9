// Complaints: the paged list (with its export) and one complaint's detail and timeline.
// Pages import from here only.
export { ComplaintDetail, ComplaintDetail_complaint } from './ComplaintDetail';
export { complaintExport, ComplaintList, ComplaintList_connection } from './ComplaintList';
export { ReceivedOrder } from './ReceivedOrder';

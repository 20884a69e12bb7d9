// Backlog: the open complaints of a unit's subtree by days past due. Pages import from here only.
export { agingExport, BacklogAging, BacklogAging_aging, bucketFigure, type BacklogFigure } from './BacklogAging';

// Records: the figure a list of complaints stands behind (issue 11's drill-through). Pages import from here only.
export { RecordsFigure, type RecordsTotals } from './RecordsFigure';

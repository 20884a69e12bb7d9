// Search for units (by name or code) and complaints (by ref). Pages and the frame import from here only.
export { SiteSearch } from './SiteSearch';

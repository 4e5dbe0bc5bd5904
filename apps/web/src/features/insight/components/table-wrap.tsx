// Shared by every feature's tables now; kept here so the insight components' imports stay as they were.
export { TableWrap } from '../../../components/ui/table-wrap';

/**
 * The views this module publishes for other modules' SQL (made by migration OwnerReadViews): read these,
 * never the tables.
 */
export const READ_VIEWS = {
  zwart_gat_levels:
    "the daily job's zwart-gat level per alumnus and when it was computed (no score or reasons)",
} as const;

/**
 * The views this module publishes for other modules' SQL (made by migration OwnerReadViews): read these,
 * never the table; write through NotificationsService.
 */
export const READ_VIEWS = {
  notification_facts:
    'which kind of notification went to whom, when (no data, actor, room or read time): digest counts',
} as const;

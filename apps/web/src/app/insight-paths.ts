/** Dutch paths of the Insight pages. */
export const dashboardPath = (roomId: string) => `/ruimtes/${encodeURIComponent(roomId)}/dashboard`;
export const myPathPath = '/mijn-pad';
export const reportPath = '/rapport';

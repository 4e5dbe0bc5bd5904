/** Dutch paths: they are what people see and share. */
export const roomPath = (roomId: string) => `/ruimtes/${encodeURIComponent(roomId)}`;
export const storyPath = (roomId: string, storyId: string) =>
  `${roomPath(roomId)}/verhalen/${encodeURIComponent(storyId)}`;
export const contributionPath = (roomId: string, contributionId: string) =>
  `${roomPath(roomId)}#bericht-${encodeURIComponent(contributionId)}`;
export const reportsPath = (roomId: string) => `${roomPath(roomId)}#meldingen`;
export const notificationsPath = '/meldingen';
export const casesPath = '/crisismeldingen';
export const requestsPath = '/#verzoeken';
export const accessLogPath = '/beheer/toegangslog';

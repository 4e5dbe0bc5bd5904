/** Dutch paths of the trajecten, Na afloop and mentor pages. */
export const trajectenPath = '/trajecten';
export const trajectPath = (trajectId: string) => `${trajectenPath}/${encodeURIComponent(trajectId)}`;
export const consentIndexPath = '/toestemming';
export const consentPath = (enrolmentId: string) => `${consentIndexPath}/${encodeURIComponent(enrolmentId)}`;
export const nazorgPath = '/na-afloop';
export const mentorPath = '/mentor';
export const findMentorPath = '/mentor-vinden';
export const mentorenPath = '/mentoren';
export const accountPath = '/account';

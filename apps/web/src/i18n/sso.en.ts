import type { Translations } from './nl';
import type { ssoNl } from './sso.nl';

/** English for `sso.nl.ts`: the same keys (checked by the type and by the i18n test). */
export const ssoEn: Pick<Translations, keyof typeof ssoNl> = {
  sso: {
    login: {
      heading: 'Log in with your organisation',
      intro:
        'Do you work at an organisation that uses Spiegel, and did you get an invitation at your work e-mail address? Then log in with your work account.',
      forOrganisation: 'Staff of {{organisation}} log in with their work account.',
      email: 'Your work e-mail address',
      emailInvalid: 'Enter your full work e-mail address, for example name@ggz-noord.nl.',
      notFound:
        'We know no organisation log-in for this address. Log in above with your login name and password.',
      button: 'Continue with your organisation',
      looking: 'Looking it up…',
    },
    admin: {
      heading: 'Log in with your organisation (SSO)',
      intro:
        'Staff log in with their work account through OpenID Connect (for example Microsoft Entra ID, Google Workspace or Keycloak). Participants keep their invitations and passwords. The first time needs an invitation to the work e-mail address.',
      redirectUri: 'Redirect URI (register this with your provider)',
      redirectUriHint: 'Your IT department registers Spiegel as an application with exactly this address.',
      issuer: 'Issuer URL',
      issuerHint:
        'The address of your provider, for example https://login.microsoftonline.com/<tenant>/v2.0.',
      clientId: 'Client ID',
      clientSecret: 'Client secret',
      clientSecretHint: 'Stored encrypted and never shown again.',
      clientSecretKept: 'A secret is stored (encrypted). Leave empty to keep it.',
      domains: 'E-mail domains',
      domainsHint:
        'Separated by commas, for example ggz-noord.nl. People logging in with an address on this domain are offered your provider.',
      mode: 'Roles',
      modes: {
        invite_only: 'Invitation only: the role comes from the invitation',
        claim: 'From a claim of the provider',
      },
      modeHints: {
        invite_only: 'No account without an invitation. The provider never changes anyone’s role in Spiegel.',
        claim:
          'At every log-in the claim decides whether someone is an admin or a facilitator; a change goes into the log. Anyone without a matching value cannot log in. A first log-in still needs an invitation.',
      },
      claim: 'Claim name',
      claimHint: 'For example groups or roles.',
      adminValues: 'Values for admin',
      facilitatorValues: 'Values for facilitator',
      valuesHint: 'Separated by commas; case counts.',
      enabled: 'Turn on log-in with the organisation',
      loginUrl: 'Log-in address for staff',
      save: 'Save SSO settings',
      saving: 'Saving…',
      saved: 'Saved.',
    },
  },
  ssoInvitation: {
    email: 'Work e-mail address (for logging in with your organisation)',
    emailHint:
      'Only for staff who log in with their work account: the invitation then works at their first log-in through the organisation.',
    emailInvalid: 'This is not a valid e-mail address.',
  },
};

/**
 * Single sign-on for staff: the log-in page's "Inloggen met je organisatie" and the admin settings.
 * Registered in `nl.ts` with one spread; `sso.en.ts` has the same keys.
 */
export const ssoNl = {
  sso: {
    login: {
      heading: 'Inloggen met je organisatie',
      intro:
        'Werk je bij een organisatie die Spiegel gebruikt en heb je een uitnodiging op je werkmailadres gekregen? Log dan in met je account van het werk.',
      forOrganisation: 'Medewerkers van {{organisation}} loggen in met hun account van het werk.',
      email: 'Je werkmailadres',
      emailInvalid: 'Vul je volledige werkmailadres in, bijvoorbeeld naam@ggz-noord.nl.',
      notFound:
        'Voor dit adres kennen we geen inloggen via de organisatie. Log hierboven in met je inlognaam en wachtwoord.',
      // Not "Inloggen…": the page's own submit button is called that.
      button: 'Verder via je organisatie',
      looking: 'Even zoeken…',
    },
    admin: {
      heading: 'Inloggen met je organisatie (SSO)',
      intro:
        'Medewerkers loggen in met hun account van het werk via OpenID Connect (bijvoorbeeld Microsoft Entra ID, Google Workspace of Keycloak). Deelnemers houden hun uitnodiging en wachtwoord. De eerste keer is een uitnodiging op het werkmailadres nodig.',
      redirectUri: 'Redirect-URI (geef deze op bij je inlogdienst)',
      redirectUriHint: 'Je ICT-afdeling registreert Spiegel als toepassing met precies dit adres.',
      issuer: 'Issuer-URL',
      issuerHint:
        'Het adres van je inlogdienst, bijvoorbeeld https://login.microsoftonline.com/<tenant>/v2.0.',
      clientId: 'Client-ID',
      clientSecret: 'Client secret',
      clientSecretHint: 'Wordt versleuteld opgeslagen en daarna nooit meer getoond.',
      clientSecretKept: 'Er is een secret opgeslagen (versleuteld). Laat leeg om het te houden.',
      domains: 'E-maildomeinen',
      domainsHint:
        'Gescheiden door komma’s, bijvoorbeeld ggz-noord.nl. Wie inlogt met een adres op dit domein krijgt jullie inlogdienst aangeboden.',
      mode: 'Rollen',
      modes: {
        invite_only: 'Alleen op uitnodiging: de rol komt uit de uitnodiging',
        claim: 'Uit een claim van de inlogdienst',
      },
      modeHints: {
        invite_only:
          'Er komt geen account zonder uitnodiging. De inlogdienst verandert nooit iemands rol in Spiegel.',
        claim:
          'Bij elke log-in bepaalt de claim of iemand beheerder of begeleider is; een wijziging komt in het logboek. Wie geen passende waarde heeft, kan niet inloggen. Een eerste log-in vraagt nog steeds een uitnodiging.',
      },
      claim: 'Naam van de claim',
      claimHint: 'Bijvoorbeeld groups of roles.',
      adminValues: 'Waarden voor beheerder',
      facilitatorValues: 'Waarden voor begeleider',
      valuesHint: 'Gescheiden door komma’s; hoofdletters tellen mee.',
      enabled: 'Inloggen met de organisatie aanzetten',
      loginUrl: 'Inlogadres voor medewerkers',
      save: 'SSO-instellingen opslaan',
      saving: 'Bezig met opslaan…',
      saved: 'Opgeslagen.',
    },
  },
  // The invitation form's extra field (feature: invitations).
  ssoInvitation: {
    email: 'Werkmailadres (voor inloggen met je organisatie)',
    emailHint:
      'Alleen voor medewerkers die inloggen met hun account van het werk: de uitnodiging werkt dan bij hun eerste log-in via de organisatie.',
    emailInvalid: 'Dit is geen geldig e-mailadres.',
  },
};

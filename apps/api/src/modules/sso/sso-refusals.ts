/** Why a log-in through the provider was refused: recorded in the audit log, and the page says it kindly. */
export const SSO_REFUSALS = {
  not_configured: [
    404,
    'Je organisatie heeft inloggen via de organisatie niet aan staan. Log in met je inlognaam en wachtwoord.',
  ],
  provider_unreachable: [
    502,
    'De inlogdienst van je organisatie is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
  ],
  state_mismatch: [
    400,
    'Deze inlogpoging hoort niet bij deze browser of is al gebruikt. Begin opnieuw bij het inloggen.',
  ],
  expired: [400, 'Deze inlogpoging duurde te lang. Begin opnieuw bij het inloggen.'],
  provider_error: [
    400,
    'De inlogdienst van je organisatie heeft het inloggen afgebroken. Begin opnieuw of vraag je ICT-afdeling om hulp.',
  ],
  token_rejected: [400, 'We konden je inlogbewijs niet controleren. Begin opnieuw bij het inloggen.'],
  nonce_mismatch: [400, 'We konden je inlogbewijs niet controleren. Begin opnieuw bij het inloggen.'],
  email_unverified: [
    403,
    'Je organisatie heeft ons geen bevestigd e-mailadres van je gegeven. Vraag je ICT-afdeling om hulp.',
  ],
  no_invitation: [
    403,
    'Je hebt nog geen account in Spiegel. Vraag een beheerder van je organisatie om een uitnodiging op je werkmailadres; daarna kun je hier inloggen.',
  ],
  account_closed: [
    403,
    'Je account in Spiegel is gesloten. Vraag een beheerder van je organisatie om een nieuwe uitnodiging.',
  ],
  no_role: [
    403,
    'Je organisatie geeft je geen rol als begeleider of beheerder in Spiegel. Vraag je beheerder om toegang.',
  ],
} as const satisfies Record<string, readonly [number, string]>;
export type SsoRefusalReason = keyof typeof SSO_REFUSALS;

export class SsoRefusal extends Error {
  constructor(
    readonly reason: SsoRefusalReason,
    readonly organisationId: string | null = null,
  ) {
    super(SSO_REFUSALS[reason][1]);
  }
  get status(): number {
    return SSO_REFUSALS[this.reason][0];
  }
}

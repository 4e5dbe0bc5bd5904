import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestAccount {
  sub: string;
  email?: string;
  email_verified?: boolean;
  name?: string;
  groups?: string[];
}

export interface TestProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Who logs in at the provider's (automatic) log-in step next. */
  loginAs: (account: TestAccount) => void;
  /**
   * Plays the browser at the provider: follows its redirects from the authorization URL, through the log-in
   * and consent interactions, until it sends the browser to `redirectUri`; returns that URL.
   */
  authorize: (authorizationUrl: string, redirectUri: string) => Promise<URL>;
  close: () => Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider, certified) on a free loopback port. Its log-in and consent
 * screens are replaced by an automatic step that signs in the account chosen with `loginAs`.
 */
export async function startTestProvider(redirectUris: string[]): Promise<TestProvider> {
  const clientId = 'spiegel-test';
  const clientSecret = 'test-client-secret-that-is-long-enough-0123456789';
  const accounts = new Map<string, TestAccount>();
  let next: TestAccount | null = null;
  let provider: Provider | null = null;

  const server = http.createServer((req, res) => {
    void (async () => {
      if (!provider) return res.writeHead(503).end();
      if (req.url?.startsWith('/interaction/')) {
        const details = await provider.interactionDetails(req, res);
        if (details.prompt.name === 'login') {
          if (!next) throw new Error('loginAs() was not called');
          accounts.set(next.sub, next);
          await provider.interactionFinished(
            req,
            res,
            { login: { accountId: next.sub } },
            { mergeWithLastSubmission: false },
          );
          return;
        }
        const grant = new provider.Grant({
          accountId: details.session!.accountId,
          clientId: details.params.client_id as string,
        });
        grant.addOIDCScope(String(details.params.scope));
        const grantId = await grant.save();
        await provider.interactionFinished(
          req,
          res,
          { consent: { grantId } },
          { mergeWithLastSubmission: true },
        );
        return;
      }
      provider.callback()(req, res);
    })().catch((err: Error) => {
      res.writeHead(500).end(err.message);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'groups'] },
    findAccount: (_ctx, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return { accountId: sub, claims: () => ({ ...account }) };
    },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    cookies: { keys: ['oidc-test-cookie-key'] },
    // Explicit lifetimes keep the provider from printing a notice for each default it uses.
    ttl: {
      Interaction: 600,
      Session: 3600,
      Grant: 3600,
      AccessToken: 600,
      IdToken: 600,
      AuthorizationCode: 60,
    },
  });
  // Quiet: the provider's own error events would only clutter the test output.
  provider.on('server_error', () => undefined);

  const jar = new Map<string, string>();
  async function authorize(authorizationUrl: string, redirectUri: string): Promise<URL> {
    let url = new URL(authorizationUrl);
    for (let hop = 0; hop < 10; hop++) {
      if (url.href.startsWith(redirectUri)) return url;
      const res = await fetch(url, {
        redirect: 'manual',
        headers: { cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
      });
      for (const c of res.headers.getSetCookie()) {
        const [pair] = c.split(';');
        const i = pair!.indexOf('=');
        const value = pair!.slice(i + 1);
        if (value) jar.set(pair!.slice(0, i), value);
        else jar.delete(pair!.slice(0, i));
      }
      const location = res.headers.get('location');
      if (!location)
        throw new Error(`provider answered ${res.status} without a redirect: ${await res.text()}`);
      url = new URL(location, url);
    }
    throw new Error('too many redirects at the provider');
  }

  return {
    issuer,
    clientId,
    clientSecret,
    loginAs: (account) => {
      next = account;
      jar.clear();
    },
    authorize,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

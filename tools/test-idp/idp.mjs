// A real OpenID provider on loopback for Regie's OIDC tests (ADR 0021): `oidc-provider` from npm with the
// project's own small configuration. Started and stopped by the tests, like the throwaway PostgreSQL.
//
//   node tools/test-idp/idp.mjs instellingen.json
//
// instellingen.json: { "poort": 0, "clients": [ …client metadata… ], "accounts": { "sub": { …claims… } } }
// Prints "IdP luistert op <issuer>" once it listens. Every start makes new signing keys (an RSA and an EC
// key, each with a fresh kid): restarting on the same port is how the tests rotate the IdP's keys.
//
// The login page logs in whoever the test named last (POST /_test/inlogger {"account": sub}) without a
// form, and grants the scopes asked. POST /_test/fout {"fout": …} makes the token endpoint hand out a broken
// ID token from then on, so the client's refusals can be tested against a real provider:
//   nonce, aud, iss, verlopen (expired), handtekening (payload changed after signing), alg-none,
//   onbekende-kid (signed by a key the IdP never published), hs256 (HMAC with the public key as secret)
// and "" for none.

import { createHmac, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

import { SignJWT, decodeJwt, decodeProtectedHeader, exportJWK, generateKeyPair, importJWK } from 'jose';
import Provider from 'oidc-provider';

const instellingen = JSON.parse(readFileSync(process.argv[2], 'utf8'));

async function sleutel(alg) {
  const { privateKey } = await generateKeyPair(alg, { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: randomUUID(), alg, use: 'sig' };
}
const sleutels = [await sleutel('RS256'), await sleutel('ES256')];
const vreemd = await sleutel('RS256');

let inlogger = Object.keys(instellingen.accounts)[0];
let fout = '';

const server = createServer();
await new Promise((klaar) => server.listen(instellingen.poort ?? 0, '127.0.0.1', klaar));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: instellingen.clients,
  jwks: { keys: sleutels },
  pkce: { required: () => true },
  features: {
    devInteractions: { enabled: false },
    rpInitiatedLogout: { enabled: true },
  },
  conformIdTokenClaims: false,
  acrValues: ['urn:test:loa:substantieel', 'urn:test:loa:laag'],
  claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'], email: ['email'] },
  async findAccount(_ctx, sub) {
    const claims = instellingen.accounts[sub];
    return claims && { accountId: sub, claims: async () => ({ sub, ...claims }) };
  },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  ttl: { Session: 600, Interaction: 600, Grant: 600, AuthorizationCode: 60, IdToken: 300, AccessToken: 300 },
});

function geheimVan(jwk) {
  return Buffer.from(JSON.stringify({ kty: jwk.kty, n: jwk.n, e: jwk.e }));
}

async function ondertekenen(claims, header, jwk) {
  return new SignJWT(claims).setProtectedHeader(header).sign(await importJWK(jwk, jwk.alg));
}

function b64(tekst) {
  return Buffer.from(tekst).toString('base64url');
}

// The ID token the token endpoint would give, broken the way the test asked.
async function breken(idToken) {
  const header = decodeProtectedHeader(idToken);
  const claims = decodeJwt(idToken);
  const sleutelVan = sleutels.find((s) => s.kid === header.kid);
  const nu = Math.floor(Date.now() / 1000);
  switch (fout) {
    case 'nonce':
      return ondertekenen({ ...claims, nonce: 'een-andere-nonce' }, header, sleutelVan);
    case 'aud':
      return ondertekenen({ ...claims, aud: 'een-andere-client' }, header, sleutelVan);
    case 'iss':
      return ondertekenen({ ...claims, iss: 'http://127.0.0.1:1' }, header, sleutelVan);
    case 'verlopen':
      return ondertekenen({ ...claims, iat: nu - 3600, exp: nu - 1800 }, header, sleutelVan);
    case 'handtekening': {
      const [kop, , handtekening] = idToken.split('.');
      return `${kop}.${b64(JSON.stringify({ ...claims, sub: 'iemand-anders' }))}.${handtekening}`;
    }
    case 'alg-none':
      return `${b64(JSON.stringify({ alg: 'none', typ: 'JWT' }))}.${b64(JSON.stringify(claims))}.`;
    case 'onbekende-kid':
      return ondertekenen(claims, { alg: 'RS256', kid: vreemd.kid }, vreemd);
    case 'hs256': {
      const rsa = sleutels.find((s) => s.kty === 'RSA');
      const invoer = `${b64(JSON.stringify({ alg: 'HS256', kid: rsa.kid }))}.${b64(JSON.stringify(claims))}`;
      return `${invoer}.${createHmac('sha256', geheimVan(rsa)).update(invoer).digest('base64url')}`;
    }
    default:
      return idToken;
  }
}

provider.use(async (ctx, next) => {
  await next();
  if (ctx.path === '/token' && fout && ctx.body?.id_token) {
    ctx.body = { ...ctx.body, id_token: await breken(ctx.body.id_token) };
  }
});

async function leesJson(req) {
  let tekst = '';
  for await (const deel of req) tekst += deel;
  return tekst ? JSON.parse(tekst) : {};
}

async function inloggen(req, res) {
  const details = await provider.interactionDetails(req, res);
  const accountId = inlogger;
  const grant = new provider.Grant({ accountId, clientId: details.params.client_id });
  grant.addOIDCScope(String(details.params.scope));
  const acr = String(details.params.acr_values ?? '').split(' ')[0] || 'urn:test:loa:substantieel';
  await provider.interactionFinished(req, res, {
    login: { accountId, acr },
    consent: { grantId: await grant.save() },
  }, { mergeWithLastSubmission: false });
}

const callback = provider.callback();
server.on('request', async (req, res) => {
  try {
    if (req.method === 'POST' && req.url === '/_test/inlogger') {
      inlogger = (await leesJson(req)).account;
      res.writeHead(204).end();
    } else if (req.method === 'POST' && req.url === '/_test/fout') {
      fout = (await leesJson(req)).fout ?? '';
      res.writeHead(204).end();
    } else if (req.url.startsWith('/interaction/')) {
      await inloggen(req, res);
    } else {
      callback(req, res);
    }
  } catch (e) {
    res.writeHead(500, { 'content-type': 'text/plain' }).end(String(e));
  }
});

process.on('SIGTERM', () => server.close(() => process.exit(0)));
console.log(`IdP luistert op ${issuer}`);

// The node's web interface in a real browser (issue #6): Debian's Chromium driven by
// playwright-core, against `malines demo` (a hub and four nodes on loopback).
//
//   cd tests/browser && npm ci && npm test
//
// Environment: MALINES_BIN (default target/debug/malines), CHROMIUM (default
// /usr/bin/chromium), MALINES_SCREENSHOTS (default target/screenshots).
//
// What it proves: sign-in with password and TOTP; creating a case through the form; an import
// with a bad row and its report; a link arriving from another node and its evidence; Arabic
// right to left; sign-out; five wrong passwords lock an account. On every page it checks that
// no request leaves the node, that the Content-Security-Policy is not violated, that every
// form control has a label, and that axe-core finds no WCAG 2.1 A or AA violation. It saves
// screenshots of the main pages in each language.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(new URL('.', import.meta.url).pathname, '../..');
const BIN = process.env.MALINES_BIN ?? path.join(ROOT, 'target/debug/malines');
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOTS = process.env.MALINES_SCREENSHOTS ?? path.join(ROOT, 'target/screenshots');
const LOCALES = ['fr', 'es', 'nl', 'ar', 'en'];
// axe-core, the accessibility engine browsers' developer tools use, for WCAG 2.1 A and AA.
const AXE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let demo;
let dir;
let browser;
let users;
let hubUrl;

// --- TOTP (RFC 6238), as an authenticator app computes it ---------------------------------

function base32(s) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const c of s.replace(/=+$/, '').toUpperCase()) {
    const v = alphabet.indexOf(c);
    assert.ok(v >= 0, `bad base32 ${s}`);
    bits += v.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

function totpAt(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const h = createHmac('sha1', base32(secret)).update(counter).digest();
  const o = h[19] & 0x0f;
  const n = (h.readUInt32BE(o) & 0x7fffffff) % 1_000_000;
  return String(n).padStart(6, '0');
}

// A code is good once: a second sign-in of the same user waits for the next step.
const lastStep = new Map();
async function freshCode(user) {
  for (;;) {
    const step = Math.floor(Date.now() / 1000 / 30);
    if ((lastStep.get(user.username) ?? -1) < step) {
      lastStep.set(user.username, step);
      return totpAt(user.secret, step);
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

// --- The demo -----------------------------------------------------------------------------

function readUsers(file) {
  const lines = fs.readFileSync(file, 'utf8').trim().split('\n').slice(1);
  const out = {};
  for (const l of lines) {
    const [node, url, username, role, password, secret] = l.split('\t');
    out[node] ??= {};
    out[node][role] ??= { node, url: url.replace(/\/$/, ''), username, role, password, secret };
  }
  return out;
}

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'malines-browser-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  hubUrl = `https://127.0.0.1:${port}`;
  demo = spawn(BIN, ['demo', '--dir', dir, '--port', String(port), '--cases', '60'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MALINES_LOG: 'warn' },
  });
  let out = '';
  await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the demo did not start:\n${out}`)), 180_000);
    demo.stdout.on('data', (d) => {
      out += d;
      if (out.includes('Serving until')) {
        clearTimeout(timer);
        resolve();
      }
    });
    demo.stderr.on('data', (d) => { out += d; });
    demo.on('exit', (code) => reject(new Error(`the demo exited (${code}):\n${out}`)));
  });
  users = readUsers(path.join(dir, 'credentials.txt'));
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  fs.mkdirSync(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  if (demo && demo.exitCode === null) {
    demo.kill('SIGTERM');
    await new Promise((r) => demo.once('exit', r));
  }
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// --- Helpers ------------------------------------------------------------------------------

/** A new browser context whose pages are watched: no request to anything but `origin`,
 *  no Content-Security-Policy violation. */
async function open(origin, locale = 'en-GB') {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  page.problems = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) {
      page.problems.push(`request to ${r.url()}`);
    }
  });
  page.on('console', (m) => {
    if (/Content.Security.Policy|Refused to/i.test(m.text())) page.problems.push(m.text());
  });
  page.on('pageerror', (e) => page.problems.push(String(e)));
  return page;
}

/** The checks every page must pass. */
async function checkPage(page) {
  assert.deepEqual(page.problems, [], `on ${page.url()}`);
  const unlabelled = await page.$$eval(
    'input:not([type=hidden]):not(.default-submit), select, textarea',
    (els) => els.filter((e) => e.labels.length === 0 && !e.getAttribute('aria-label'))
      .map((e) => e.name || e.id),
  );
  assert.deepEqual(unlabelled, [], `controls without a label on ${page.url()}`);
  assert.equal(await page.$$eval('script', (s) => s.length), 0, 'no script on the page');
  // Evaluated by the browser's debugging protocol, which the page's CSP does not govern; the
  // page itself still runs no script.
  await page.evaluate(AXE);
  const result = await page.evaluate((tags) => window.axe.run(document, {
    runOnly: { type: 'tag', values: tags },
  }), WCAG);
  const violations = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${
    v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  assert.deepEqual(violations, [], `WCAG 2.1 AA violations on ${page.url()}`);
  assert.ok(result.passes.length > 10, `axe ran its rules on ${page.url()}`);
}

async function signIn(page, user) {
  await page.goto(`${user.url}/login`);
  await checkPage(page);
  await page.fill('#username', user.username);
  await page.fill('#password', user.password);
  await page.click('button[type=submit].primary');
  await page.waitForURL(/\/login\/totp$/);
  await checkPage(page);
  await page.fill('#code', await freshCode(user));
  await page.click('button[type=submit].primary');
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

async function setLocale(page, tag) {
  await page.selectOption('#lang-select', tag);
  await Promise.all([page.waitForLoadState('load'), page.click('.lang button')]);
  assert.equal(await page.getAttribute('html', 'lang'), tag);
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: false });
}

// --- The stories --------------------------------------------------------------------------

const CASE_REF = 'BE-FED-2026-9001';
const PHONE = '+32 470 99 88 77';

test('a prosecutor signs in, registers a case, sees a link arrive from France, reads its evidence, reads it in Arabic and signs out', async () => {
  const be = users['BE-FED'].prosecutor;
  const page = await open(be.url);
  await signIn(page, be);
  await checkPage(page);
  // Keyboard first: the first Tab on a page reaches the link that skips to its content.
  await page.goto(`${be.url}/cases`);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.className), 'skip');

  // A new case with a person and a phone, through the form.
  await page.goto(`${be.url}/cases/new`);
  await checkPage(page);
  await page.fill('#reference', CASE_REF);
  await page.fill('#title', 'Cellule de Schaerbeek');
  await page.fill('#persons-0-family_names', 'Benhaddou');
  await page.fill('#persons-0-given_names', 'Yassine');
  await page.fill('#persons-0-birth_date', '1994-07-02');
  await page.selectOption('#identifiers-0-type', 'phone');
  await page.fill('#identifiers-0-value', '0470 99 88 77');
  await page.fill('#identifiers-0-subject', 'P1');
  // First a mistake: the field says what is wrong, nothing is saved.
  await page.fill('#persons-0-birth_date', '1994-13-02');
  await page.click('button[value=save].primary');
  assert.match(await page.textContent('#persons-0-birth_date-error'), /month 13 does not exist/);
  assert.equal(await page.getAttribute('#persons-0-birth_date', 'aria-invalid'), 'true');
  assert.match(await page.textContent('#form-errors'), /1 error/);
  await page.fill('#persons-0-birth_date', '1994-07-02');
  await page.click('button[value=save].primary');
  await page.waitForURL(new RegExp(`/cases/${CASE_REF}$`));
  assert.match(await page.textContent('main'), /\+32470998877/);
  await checkPage(page);

  // France registers a case with the same phone, written the international way.
  const fr = users['FR-PNAT'].prosecutor;
  const frPage = await open(fr.url);
  await signIn(frPage, fr);
  await frPage.goto(`${fr.url}/cases/new`);
  await frPage.fill('#reference', 'PNAT-2026-0777');
  await frPage.fill('#title', 'Projet d’attentat');
  await frPage.selectOption('#identifiers-0-type', 'phone');
  await frPage.fill('#identifiers-0-value', PHONE);
  await frPage.click('button[value=save].primary');
  await frPage.waitForURL(/\/cases\/PNAT-2026-0777$/);
  await frPage.context().close();

  // The link arrives in Belgium's inbox.
  let row;
  for (let i = 0; i < 60 && !row; i++) {
    await page.goto(`${be.url}/links?status=new`);
    row = await page.$(`tbody tr:has(th a:text-is("${CASE_REF}"))`);
    if (!row) await page.waitForTimeout(1000);
  }
  assert.ok(row, 'the link from France arrived');
  assert.match(await row.textContent(), /FR-PNAT/);
  await checkPage(page);
  await row.$eval('th a', (a) => a.click());
  await page.waitForURL(/\/links\/[0-9a-f]+$/);
  // The evidence: my phone matched theirs, exactly.
  const evidence = await page.textContent('table.evidence');
  assert.match(evidence, /phone \+32470998877/, 'my record, its kind in English');
  assert.match(evidence, /Same value, exactly/);
  assert.match(await page.textContent('main'), /FR-PNAT/);
  await checkPage(page);
  // Opened, it is no longer new.
  await page.goto(`${be.url}/links?status=seen`);
  assert.ok(await page.$(`tbody tr:has(th a:text-is("${CASE_REF}"))`));

  // Followed up, from its page.
  await page.goto(`${be.url}/links?status=seen`);
  await page.click(`tbody tr:has(th a:text-is("${CASE_REF}")) th a`);
  await page.click('button:text("Mark as followed up")');
  await page.waitForLoadState('load');
  assert.match(await page.textContent('dl.facts'), /Followed up/);

  // A message to France about the link, with an attachment: sealed here, relayed by the hub.
  const linkUrl = page.url();
  await page.fill('#message-text', 'Bonjour, notre suspect utilise ce numéro depuis mars.');
  await page.setInputFiles('#message-file', { name: 'pv.txt', mimeType: 'text/plain', buffer: Buffer.from('PV 2026/117') });
  await page.click('form[action$="/messages"] button[type=submit]');
  await page.waitForLoadState('load');
  assert.match(await page.textContent('ol.messages'), /notre suspect utilise ce numéro/);
  await checkPage(page);

  // France reads it, signed by Belgium, and answers.
  const frReader = await open(fr.url);
  await signIn(frReader, fr);
  // Every page says a message waits, and leads to the link it is about.
  let frRow;
  for (let i = 0; i < 60 && !frRow; i++) {
    await frReader.goto(`${fr.url}/cases`);
    if (await frReader.$('nav a .badge.unread')) {
      await frReader.click('nav a:has(.badge.unread)');
      await frReader.waitForLoadState('load');
      frRow = await frReader.$('tbody tr:has(th a:text-is("PNAT-2026-0777"))');
    }
    if (!frRow) await frReader.waitForTimeout(1000);
  }
  assert.ok(frRow, 'the link, with its unread message, is in France too');
  assert.match(await frRow.textContent(), /1 unread/);
  await checkPage(frReader);
  await shot(frReader, 'links-unread-en');
  await frRow.$eval('th a', (a) => a.click());
  await frReader.waitForURL(/\/links\/[0-9a-f]+$/);
  assert.equal(await frReader.$('nav a .badge.unread'), null, 'read now');
  let got = '';
  for (let i = 0; i < 60 && !/notre suspect/.test(got); i++) {
    await frReader.reload();
    got = (await frReader.textContent('#messages-h + p + *')) || '';
    if (!/notre suspect/.test(got)) await frReader.waitForTimeout(1000);
  }
  assert.match(got, /notre suspect utilise ce numéro/);
  assert.match(got, /Signed by BE-FED, checked against the directory/);
  assert.match(got, /pv\.txt/);
  await checkPage(frReader);
  await frReader.fill('#message-text', 'Merci, nous vérifions de notre côté.');
  await frReader.click('form[action$="/messages"] button[type=submit]');
  await frReader.waitForLoadState('load');
  await frReader.context().close();

  // Belgium sees it read, and the answer, signed by France.
  let thread = '';
  for (let i = 0; i < 60 && !(/Read by/.test(thread) && /nous vérifions/.test(thread)); i++) {
    await page.goto(linkUrl);
    thread = await page.textContent('#messages-h + p + *');
    if (!(/Read by/.test(thread) && /nous vérifions/.test(thread))) await page.waitForTimeout(1000);
  }
  assert.match(thread, /Read by/);
  assert.match(thread, /nous vérifions de notre côté/);
  assert.match(thread, /Signed by FR-PNAT/);
  await checkPage(page);
  await shot(page, 'link-messages-en');

  // In Arabic, right to left.
  await setLocale(page, 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  assert.match(await page.textContent('h1'), /[\u0600-\u06FF]/);
  await checkPage(page);
  await page.goto(`${be.url}/cases`);
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await setLocale(page, 'en');

  // Signing out ends it.
  await page.click('.logout button');
  await page.waitForURL(/\/login$/);
  await page.goto(`${be.url}/cases`);
  assert.match(page.url(), /\/login$/);
  await page.context().close();
});

test('a clerk imports a file with a bad row: the report names the line, nothing is written', async () => {
  const clerk = users['BE-FED'].clerk;
  const page = await open(clerk.url);
  await signIn(page, clerk);
  await page.goto(`${clerk.url}/import`);
  await checkPage(page);
  const csv = [
    'record,case_ref,title,opened_on,ref,family_names,given_names,birth_date,subject,type,value',
    'case,BE-FED-2026-9100,Dossier importé,2026-03-01,,,,,,,',
    'person,BE-FED-2026-9100,,,P1,Mansouri,Hicham,1990-05-14,,,',
    'identifier,BE-FED-2026-9100,,,,,,,P1,iban,BE68 5390 0754 7036',
  ].join('\n');
  await page.setInputFiles('#file', { name: 'cases.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.click('button[type=submit].primary');
  await page.waitForLoadState('load');
  const report = await page.textContent('table.report');
  assert.match(report, /4/, 'line 4 named');
  assert.match(report, /mod-97/);
  assert.match(await page.textContent('[role=alert] h2'), /refused, nothing was saved/);
  await checkPage(page);
  await page.goto(`${clerk.url}/cases?q=9100`);
  assert.match(await page.textContent('.count'), /^0 cases$/);

  // Fixed, the same file goes in.
  await page.goto(`${clerk.url}/import`);
  await page.setInputFiles('#file', {
    name: 'cases.csv', mimeType: 'text/csv', buffer: Buffer.from(csv.replace('7036', '7034')),
  });
  await page.click('button[type=submit].primary');
  await page.waitForLoadState('load');
  assert.match(await page.textContent('main'), /cases\.csv: imported/);
  await page.goto(`${clerk.url}/cases?q=9100`);
  assert.match(await page.textContent('.count'), /^1 case$/);
  await page.context().close();
});

test('five wrong passwords lock the account, and then even the right one is refused', async () => {
  const user = users['ES-AN'].clerk;
  const page = await open(user.url);
  for (let i = 1; i <= 5; i++) {
    await page.goto(`${user.url}/login`);
    await page.fill('#username', user.username);
    await page.fill('#password', `wrong password ${i}`);
    await page.click('button[type=submit].primary');
    await page.waitForLoadState('load');
    const msg = await page.textContent('#login-message');
    if (i < 5) assert.match(msg, /Wrong username or password/, `attempt ${i}`);
    else assert.match(msg, /locked/);
  }
  await page.fill('#password', user.password);
  await page.click('button[type=submit].primary');
  await page.waitForLoadState('load');
  assert.match(await page.textContent('#login-message'), /locked/);
  assert.match(page.url(), /\/login$/);
  await page.context().close();
});

test('an auditor sees the ledger, not the cases, and verifies it', async () => {
  const auditor = users['BE-FED'].auditor;
  const page = await open(auditor.url);
  await signIn(page, auditor);
  assert.match(page.url(), /\/audit$/);
  await checkPage(page);
  assert.match(await page.textContent('section[aria-labelledby=entries-h] table'), /sign_in/);
  await page.click('form[action="/audit"] button');
  await page.waitForLoadState('load');
  assert.match(await page.textContent('[role=status]'), /The ledger is intact/);
  await checkPage(page);
  await shot(page, 'audit-en');
  await page.goto(`${auditor.url}/cases`);
  assert.match(await page.textContent('main'), /Your role does not allow this page/);
  await page.context().close();
});

/** The provider's command line, on the demo's provider (a telecom operator in Spain). */
function provider(...args) {
  return execFileSync(BIN, [
    '--data-dir', path.join(dir, 'provider'), 'provider', '--hub', hubUrl,
    '--identity', path.join(dir, 'pki', 'members', 'PROV-TELCO'), ...args,
  ], { encoding: 'utf8', env: { ...process.env, MALINES_LOG: 'warn' } });
}

test('an order is drafted, validated by the judge, signed and sent, and answered by the provider with a data package', async () => {
  const pro = users['BE-FED'].prosecutor;
  const judge = users['BE-FED'].validator;
  const page = await open(pro.url);
  await signIn(page, pro);
  // A case whose team holds the prosecutor and the judge.
  await page.goto(`${pro.url}/cases/new`);
  await page.fill('#reference', 'BE-FED-2026-9002');
  await page.fill('#title', 'Financement par cartes prépayées');
  await page.fill('#team', `${pro.username}, ${judge.username}`);
  await page.selectOption('#identifiers-0-type', 'phone');
  await page.fill('#identifiers-0-value', '+34 612 34 56 78');
  await page.click('button[value=save].primary');
  await page.waitForURL(/\/cases\/BE-FED-2026-9002$/);
  await page.click('a:text("New order to a provider")');
  await page.waitForURL(/\/orders\/new\?case=/);
  await checkPage(page);
  await page.selectOption('#framework', 'e_evidence');
  await page.selectOption('#order_type', 'production');
  await page.selectOption('#provider', 'PROV-TELCO');
  await page.fill('#provider_state', 'ES');
  await page.check('#cat-traffic');
  await page.fill('#targets-0-value', '+34 612 34 56 78');
  await page.fill('#from', '2026-09-01');
  await page.fill('#to', '2026-11-01');
  await page.fill('#offence', 'Financement du terrorisme');
  await page.fill('#max_penalty_years', '10');
  await page.selectOption('#language', 'es');
  // First without the statement of necessity: the field says so.
  await page.click('button[type=submit].primary');
  assert.equal(await page.getAttribute('#necessity', 'aria-invalid'), 'true');
  await checkPage(page);
  await page.fill('#necessity', 'Les contacts de ce numéro identifient les financiers de la cellule.');
  await page.click('button[type=submit].primary');
  await page.waitForURL(/\/orders\/[0-9a-f]{32}$/);
  const orderUrl = page.url();
  assert.match(await page.textContent('main'), /Needs the validation of a judge/);
  await checkPage(page);

  // The judge validates it.
  const jp = await open(judge.url);
  await signIn(jp, judge);
  await jp.goto(orderUrl);
  await jp.click('button:text("Validate")');
  await jp.waitForLoadState('load');
  assert.match(await jp.textContent('dl.facts'), /Validated/);
  await jp.context().close();

  // The prosecutor signs and sends it, once.
  await page.goto(orderUrl);
  await page.click('button:text("Sign and send")');
  await page.waitForLoadState('load');
  assert.match(await page.textContent('dl.facts'), /Sent|Received/);
  assert.equal(await page.$('button:text("Sign and send")'), null);
  const reference = (await page.textContent('h1')).split(' · ')[0].trim();

  // The provider's command line sees it verified.
  let line = '';
  for (let i = 0; i < 60 && !line; i++) {
    line = provider('orders').split('\n').find((l) => l.includes(reference)) ?? '';
    if (!line) await new Promise((r) => setTimeout(r, 1000));
  }
  assert.ok(line, `the provider received ${reference}`);
  assert.match(line, /verified/);
  const id = line.split(/\s+/)[0];
  assert.match(provider('show', id), /^VERIFIED/);

  // Its response team answers in the portal, in Spanish: acknowledged, then the package.
  const responder = users['PROV-TELCO'].responder;
  const rp = await open(responder.url, 'es-ES');
  await signIn(rp, responder);
  assert.match(rp.url(), /\/received$/);
  await checkPage(rp);
  await rp.click(`a:text("${reference}")`);
  await rp.waitForURL(/\/received\/[0-9a-f]{32}$/);
  assert.match(await rp.textContent('#verdict'), /VERIFICADA/);
  await checkPage(rp);
  await shot(rp, 'received-es');
  await rp.click('form[action$="/acknowledge"] button');
  await rp.waitForLoadState('load');
  await rp.setInputFiles('#package', { name: 'trafico.csv', mimeType: 'text/csv', buffer: Buffer.from('msisdn_a,msisdn_b,inicio,duracion\n+34612345678,+212612345678,2026-10-03T21:14:00Z,94\n') });
  await rp.click('form[action$="/fulfil"] button');
  await rp.waitForLoadState('load');
  assert.match(await rp.textContent('dl.facts'), /Cumplida|Cerrada/);
  await checkPage(rp);
  // The portal is for orders only: no case, no link.
  const cases = await rp.goto(`${responder.url}/cases`);
  assert.equal(cases.status(), 403);
  await rp.context().close();

  let facts = '';
  for (let i = 0; i < 60 && !/Fulfilled/.test(facts); i++) {
    await page.goto(orderUrl);
    facts = await page.textContent('dl.facts');
    if (!/Fulfilled/.test(facts)) await page.waitForTimeout(1000);
  }
  assert.match(facts, /Fulfilled/);
  assert.ok(await page.$('a:text("trafico.csv")'), 'the package file to download');
  await checkPage(page);
  await shot(page, 'order-en');

  // The print view, in the provider's language.
  await page.goto(`${orderUrl}/print`);
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  await checkPage(page);
  await shot(page, 'order-print-es');
  await page.context().close();
});

test('screenshots of the main pages in each language', async () => {
  const ma = users['MA-PGR'].prosecutor;
  const anon = await open(ma.url);
  // The accessibility check can fail: an image without a text alternative is caught.
  await anon.goto(`${ma.url}/login`);
  await anon.evaluate(() => document.querySelector('main').append(document.createElement('img')));
  await assert.rejects(checkPage(anon), /image-alt/);
  for (const tag of LOCALES) {
    await anon.goto(`${ma.url}/lang/${tag}`);
    assert.equal(await anon.getAttribute('html', 'lang'), tag);
    await shot(anon, `login-${tag}`);
  }
  await anon.context().close();

  const page = await open(ma.url);
  await signIn(page, ma);
  // The demo's links reach Morocco within seconds of its start; wait for them if need be.
  let link = null;
  for (let i = 0; i < 60 && !link; i++) {
    await page.goto(`${ma.url}/links?status=all`);
    link = await page.$eval('tbody tr th a', (a) => a.getAttribute('href')).catch(() => null);
    if (!link) await page.waitForTimeout(1000);
  }
  assert.ok(link, 'the demo gave Morocco links');
  await page.goto(`${ma.url}/cases`);
  const caseHref = await page.getAttribute('tbody tr th a', 'href');
  // A case's content needs a stated purpose first (SPEC §7); "other" needs words.
  await page.goto(`${ma.url}${caseHref}`);
  assert.match(await page.textContent('h1'), /Why are you opening this case/);
  await checkPage(page);
  await page.check('#purpose-other');
  await page.click('button[type=submit].primary');
  assert.equal(await page.getAttribute('#purpose_detail', 'aria-invalid'), 'true');
  await checkPage(page);
  await page.check('#purpose-review');
  await page.click('button[type=submit].primary');
  await page.waitForURL(new RegExp(`${caseHref}$`));
  assert.match(await page.textContent('main'), /Purpose stated: Periodic review of the case/);
  for (const tag of LOCALES) {
    await setLocale(page, tag);
    assert.equal(await page.getAttribute('html', 'dir'), tag === 'ar' ? 'rtl' : 'ltr');
    for (const [name, url] of [
      ['cases', '/cases'],
      ['case', caseHref],
      ['purpose', `${caseHref}/purpose`],
      ['links', '/links?status=all'],
      ['link', link],
      ['graph', '/graph'],
      ['case-form', '/cases/new'],
    ]) {
      await page.goto(`${ma.url}${url}`);
      await checkPage(page);
      await shot(page, `${name}-${tag}`);
    }
  }
  await page.context().close();
});

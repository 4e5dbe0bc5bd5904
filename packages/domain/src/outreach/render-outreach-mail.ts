import type { NotificationKind } from '../realtime-events.js';
import type { OutreachKind } from './outreach-contract.js';
import { formatSessionTime } from './reminders.js';

export type MailLocale = 'nl' | 'en';

/** What a mail may say: where and what kind, never what anyone wrote (no contents, no health details). */
export type OutreachMailInput =
  | { template: 'verification'; locale: MailLocale; organisationName: string; link: string }
  | {
      template: 'notification';
      locale: MailLocale;
      organisationName: string;
      notificationKind: NotificationKind;
      /** The room or group, when there is one ("Groep Voorjaar"). */
      placeName: string | null;
      link: string;
      unsubscribeLink: string;
    }
  | {
      template: 'digest';
      locale: MailLocale;
      organisationName: string;
      frequency: 'daily' | 'weekly';
      /** How many of each kind; never what or who. */
      counts: DigestCounts;
      link: string;
      unsubscribeLink: string;
    }
  | {
      /** The day before a session (with an .ics attached), or its cancellation. */
      template: 'session';
      locale: MailLocale;
      organisationName: string;
      trajectName: string;
      sessionTitle: string;
      /** ISO instant; shown in Dutch time. */
      startsAt: string;
      cancelled: boolean;
      link: string;
      unsubscribeLink: string;
    }
  | {
      /** A zwart-gat check-in: who wrote, and where to read it; never the message or anything about health. */
      template: 'checkin';
      locale: MailLocale;
      organisationName: string;
      writerName: string;
      link: string;
      unsubscribeLink: string;
    };

export type DigestCounts = Partial<Record<OutreachKind, number>>;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

interface Words {
  headline: string;
  body: string;
  button: string;
}

function notificationWords(locale: MailLocale, kind: NotificationKind, place: string | null): Words {
  const nl = locale === 'nl';
  const where = place ?? 'Spiegel';
  switch (kind) {
    case 'herkenning_received':
      return nl
        ? {
            headline: 'Iemand herkende zich in jouw verhaal',
            body: `In ${where} heeft iemand laten weten: "ik herken dit". Wat jij deelde, deed ertoe.`,
            button: 'Bekijk je verhaal',
          }
        : {
            headline: 'Someone recognised themselves in your story',
            body: `In ${where} someone let you know: "I recognise this". What you shared mattered.`,
            button: 'See your story',
          };
    case 'reply_received':
      return nl
        ? {
            headline: `Er is een reactie op jouw verhaal`,
            body: `Iemand in ${where} reageerde op wat jij deelde.`,
            button: 'Lees de reactie',
          }
        : {
            headline: 'There is a reply to your story',
            body: `Someone in ${where} replied to what you shared.`,
            button: 'Read the reply',
          };
    case 'crisis_alert':
    case 'crisis_escalated':
      return nl
        ? {
            headline: `Een bericht in ${where} vraagt aandacht`,
            body: 'Iemand schreef iets dat op een crisis kan wijzen. Kijk of je contact kunt opnemen, of vraag een collega.',
            button: 'Open Spiegel',
          }
        : {
            headline: `A message in ${where} needs attention`,
            body: 'Someone wrote something that may point to a crisis. See whether you can reach out, or ask a colleague.',
            button: 'Open Spiegel',
          };
    case 'followup_message':
      return nl
        ? {
            headline: 'Er is een bericht voor jou',
            body: 'Iemand van je groep wil graag weten hoe het met je gaat. Er staat een berichtje voor je klaar.',
            button: 'Lees het bericht',
          }
        : {
            headline: 'There is a message for you',
            body: 'Someone from your group would like to know how you are. A short message is waiting for you.',
            button: 'Read the message',
          };
    case 'two_factor_reset':
      return nl
        ? {
            headline: 'Je tweede stap bij het inloggen is opnieuw ingesteld',
            body: 'Een beheerder heeft je tweede stap (de code uit je app) gewist. Bij je volgende keer inloggen stel je hem opnieuw in. Was jij dit niet die erom vroeg? Laat het je beheerder weten.',
            button: 'Open Spiegel',
          }
        : {
            headline: 'Your second sign-in step was reset',
            body: 'An admin cleared your second step (the code from your app). You will set it up again the next time you log in. Did you not ask for this? Tell your admin.',
            button: 'Open Spiegel',
          };
    case 'questionnaire_due':
      // No health words: only that something short is waiting, and that skipping is fine.
      return nl
        ? {
            headline: 'Er staat een korte vragenlijst voor je klaar',
            body: 'In Spiegel staat een korte vragenlijst voor je klaar. Invullen mag, overslaan ook.',
            button: 'Open Spiegel',
          }
        : {
            headline: 'A short questionnaire is waiting for you',
            body: 'A short questionnaire is waiting for you in Spiegel. You may fill it in, or skip it.',
            button: 'Open Spiegel',
          };
    case 'mentor_request':
    case 'mentor_invite':
    case 'mentor_accepted':
    case 'mentor_declined':
    case 'mentor_suggested':
    case 'mentorship_ended':
      return nl
        ? {
            headline: 'Er is nieuws over mentorcontact',
            body: 'Er is iets veranderd in een mentorcontact van jou.',
            button: 'Bekijk het',
          }
        : {
            headline: 'News about a mentoring contact',
            body: 'Something changed in one of your mentoring contacts.',
            button: 'Have a look',
          };
    default:
      return nl
        ? {
            headline: `Er is iets nieuws in ${where}`,
            body: `Er is iets nieuws voor je in ${where}.`,
            button: 'Open Spiegel',
          }
        : {
            headline: `There is something new in ${where}`,
            body: `There is something new for you in ${where}.`,
            button: 'Open Spiegel',
          };
  }
}

function sessionWords(input: Extract<OutreachMailInput, { template: 'session' }>): Words {
  const nl = input.locale === 'nl';
  const when = formatSessionTime(new Date(input.startsAt), input.locale);
  const what = input.sessionTitle.trim()
    ? `${input.trajectName}: ${input.sessionTitle.trim()}`
    : input.trajectName;
  if (input.cancelled)
    return nl
      ? {
          headline: `Bijeenkomst gaat niet door: ${what}`,
          body: `De bijeenkomst van ${when} gaat niet door. De bijlage haalt hem uit je agenda.`,
          button: 'Bekijk je traject',
        }
      : {
          headline: `Session cancelled: ${what}`,
          body: `The session on ${when} will not take place. The attachment removes it from your calendar.`,
          button: 'See your traject',
        };
  return nl
    ? {
        headline: `Morgen: ${what}`,
        body: `Een herinnering: ${when} is er een bijeenkomst van ${input.trajectName}. Met de bijlage zet je hem in je agenda.`,
        button: 'Bekijk je traject',
      }
    : {
        headline: `Tomorrow: ${what}`,
        body: `A reminder: on ${when} there is a session of ${input.trajectName}. The attachment puts it in your calendar.`,
        button: 'See your traject',
      };
}

function checkinWords(locale: MailLocale, writer: string): Words {
  return locale === 'nl'
    ? {
        headline: `${writer} stuurde je een berichtje`,
        body: `${writer} van Spiegel denkt aan je en schreef je een kort bericht. Je leest het in Spiegel; reageren mag, hoeft niet.`,
        button: 'Lees het bericht',
      }
    : {
        headline: `${writer} sent you a message`,
        body: `${writer} from Spiegel is thinking of you and wrote you a short message. You can read it in Spiegel; replying is welcome, never required.`,
        button: 'Read the message',
      };
}

const DIGEST_LINES: Record<OutreachKind, [nl: string, en: string]> = {
  herkenning: ['herkenning of een reactie op jouw verhalen', 'recognition or a reply to your stories'],
  mentor: ['nieuws over mentorcontact', 'news about mentoring'],
  checkin: ['een berichtje voor jou', 'a message for you'],
  trajecten: ['nieuws over je trajecten', 'news about your trajecten'],
  crisis: ['crisismeldingen', 'crisis alerts'],
  community: ['nieuws uit je groepen', 'news from your groups'],
};

function digestWords(locale: MailLocale, frequency: 'daily' | 'weekly', counts: DigestCounts): Words {
  const nl = locale === 'nl';
  const lines = (Object.keys(DIGEST_LINES) as OutreachKind[])
    .filter((k) => (counts[k] ?? 0) > 0)
    .map((k) => `${counts[k]}× ${DIGEST_LINES[k][nl ? 0 : 1]}`);
  const period = nl
    ? frequency === 'weekly'
      ? 'deze week'
      : 'vandaag'
    : frequency === 'weekly'
      ? 'this week'
      : 'today';
  return nl
    ? { headline: `Wat er ${period} voor je was in Spiegel`, body: lines.join(' · '), button: 'Open Spiegel' }
    : {
        headline: `What there was for you ${period} in Spiegel`,
        body: lines.join(' · '),
        button: 'Open Spiegel',
      };
}

function layout(
  locale: MailLocale,
  title: string,
  paragraphs: string[],
  button: { href: string; label: string },
  footer: string[],
): string {
  const p = paragraphs
    .map((x) => `<p style="margin:0 0 16px;font-size:17px;line-height:1.5">${escapeHtml(x)}</p>`)
    .join('');
  const f = footer
    .map((x) => `<p style="margin:0 0 8px;font-size:14px;line-height:1.5;color:#4a4a4a">${x}</p>`)
    .join('');
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head>
<body style="margin:0;padding:0;background:#f6f3ee;color:#1f1f1f;font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif">
<main role="main" style="max-width:560px;margin:0 auto;padding:24px 16px">
<div style="background:#ffffff;border-radius:12px;padding:24px">
<h1 style="margin:0 0 16px;font-size:22px;line-height:1.3;color:#1f1f1f">${escapeHtml(title)}</h1>
${p}
<p style="margin:24px 0"><a href="${escapeHtml(button.href)}" style="display:inline-block;background:#2f5d50;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:8px;font-size:17px">${escapeHtml(button.label)}</a></p>
</div>
<div style="padding:16px 8px">${f}</div>
</main></body></html>`;
}

/** Plain text plus HTML, Dutch or English, calm, without contents; the link does the rest. */
export function renderOutreachMail(input: OutreachMailInput): RenderedMail {
  const nl = input.locale === 'nl';
  const org = input.organisationName;
  if (input.template === 'verification') {
    const subject = nl ? 'Klopt dit e-mailadres?' : 'Is this your e-mail address?';
    const body = nl
      ? `Je hebt dit adres opgegeven bij Spiegel (${org}). Bevestig het met de knop hieronder; pas daarna sturen we je berichten, en alleen de berichten die je zelf kiest.`
      : `You gave this address to Spiegel (${org}). Please confirm it with the button below; only then will we send you anything, and only what you choose.`;
    const ignore = nl
      ? 'Was jij dit niet? Dan kun je deze mail negeren.'
      : 'Was this not you? Then you can ignore this mail.';
    const label = nl ? 'Bevestig mijn adres' : 'Confirm my address';
    return {
      subject,
      text: `${subject}\n\n${body}\n\n${label}: ${input.link}\n\n${ignore}\n`,
      html: layout(input.locale, subject, [body], { href: input.link, label }, [escapeHtml(ignore)]),
    };
  }
  const w =
    input.template === 'digest'
      ? digestWords(input.locale, input.frequency, input.counts)
      : input.template === 'session'
        ? sessionWords(input)
        : input.template === 'checkin'
          ? checkinWords(input.locale, input.writerName)
          : notificationWords(input.locale, input.notificationKind, input.placeName);
  const why = nl
    ? `Je krijgt deze mail omdat je dit zo hebt ingesteld bij Spiegel (${org}).`
    : `You get this mail because you chose this in Spiegel (${org}).`;
  const stop = nl ? 'Geen mails meer van deze soort' : 'No more mails of this kind';
  const help = nl
    ? 'Gaat het niet goed? Bel 113 (of 0800-0113), chat op 113.nl, of bel 112 bij direct gevaar.'
    : 'Not doing well? Call 113 (or 0800-0113), chat at 113.nl, or call 112 in an emergency.';
  const text = `${w.headline}\n\n${w.body}\n\n${w.button}: ${input.link}\n\n${why}\n${stop}: ${input.unsubscribeLink}\n\n${help}\n`;
  const html = layout(input.locale, w.headline, [w.body], { href: input.link, label: w.button }, [
    escapeHtml(why),
    `<a href="${escapeHtml(input.unsubscribeLink)}" style="color:#2f5d50">${escapeHtml(stop)}</a>`,
    escapeHtml(help),
  ]);
  return { subject: w.headline, text, html };
}

import { type QuestionnaireDefinition, validateQuestionnaireDefinition } from './questionnaire.js';

const BIJLAGE =
  'de Beurs, E., Kosterman, S., Anten, S., Bohlmeijer, E. & Westerhof, G. (2022). Bijlage: Mental Health Continuum – Short Form (MHC-SF). Tijdschrift voor Gedragstherapie 2022-2. https://www.tijdschriftgedragstherapie.nl/edities/tg-2022-2/5/Bijlage-Mental-Health-Continuum-Short-Form-MHC-SF';

/**
 * The MHC-SF (Lamers, Westerhof, Bohlmeijer, ten Klooster & Keyes, 2011), Dutch version, free to use.
 * Item wording, instruction and answer labels exactly as printed in the Bijlage (source above); the
 * item texts continue the printed stem "In de afgelopen maand, hoe vaak had u het gevoel dat ...".
 */
export const MHC_SF: QuestionnaireDefinition = validateQuestionnaireDefinition({
  id: 'mhc-sf',
  version: '2022-nl',
  name: 'Mental Health Continuum – Short Form (MHC-SF)',
  language: 'nl',
  instruction:
    'Onderstaande vragen beschrijven gevoelens die mensen hebben. Lees iedere uitspraak zorgvuldig door en kies het antwoord dat het beste weergeeft HOE VAAK u DAT GEVOEL had GEDURENDE de AFGELOPEN MAAND.',
  stem: 'In de afgelopen maand, hoe vaak had u het gevoel dat ...',
  scale: [
    { value: 0, label: { nl: 'Nooit', en: 'Never' } },
    { value: 1, label: { nl: '1 of 2 keer', en: 'Once or twice' } },
    { value: 2, label: { nl: 'Ongeveer 1 keer per week', en: 'About once a week' } },
    { value: 3, label: { nl: '2 of 3 keer per week', en: 'About 2 or 3 times a week' } },
    { value: 4, label: { nl: 'Bijna elke dag', en: 'Almost every day' } },
    { value: 5, label: { nl: 'Elke dag', en: 'Every day' } },
  ],
  subscales: [
    { id: 'emotioneel', label: { nl: 'Emotioneel welbevinden', en: 'Emotional well-being' } },
    { id: 'sociaal', label: { nl: 'Sociaal welbevinden', en: 'Social well-being' } },
    { id: 'psychologisch', label: { nl: 'Psychologisch welbevinden', en: 'Psychological well-being' } },
  ],
  items: [
    { number: 1, subscale: 'emotioneel', text: '... dat u gelukkig was?' },
    { number: 2, subscale: 'emotioneel', text: '... dat u geïnteresseerd was in het leven?' },
    { number: 3, subscale: 'emotioneel', text: '... dat u tevreden was?' },
    {
      number: 4,
      subscale: 'sociaal',
      text: '... dat u iets belangrijks hebt bijgedragen aan de samenleving?',
    },
    {
      number: 5,
      subscale: 'sociaal',
      text: '... dat u deel uitmaakte van een gemeenschap (zoals een sociale groep, uw buurt, uw stad)?',
    },
    { number: 6, subscale: 'sociaal', text: '... dat onze samenleving beter wordt voor mensen?' },
    { number: 7, subscale: 'sociaal', text: '... dat mensen in principe goed zijn?' },
    { number: 8, subscale: 'sociaal', text: '... dat u begrijpt hoe onze maatschappij werkt?' },
    {
      number: 9,
      subscale: 'psychologisch',
      text: '... dat u de meeste aspecten van uw persoonlijkheid graag mocht?',
    },
    {
      number: 10,
      subscale: 'psychologisch',
      text: '... dat u goed kon omgaan met uw alledaagse verantwoordelijkheden?',
    },
    {
      number: 11,
      subscale: 'psychologisch',
      text: '... dat u warme en vertrouwde relaties met anderen had?',
    },
    {
      number: 12,
      subscale: 'psychologisch',
      text: '... dat u werd uitgedaagd om te groeien of een beter mens te worden?',
    },
    {
      number: 13,
      subscale: 'psychologisch',
      text: '... dat u zelfverzekerd uw eigen ideeën en meningen gedacht en geuit hebt?',
    },
    { number: 14, subscale: 'psychologisch', text: '... dat uw leven een richting of zin heeft?' },
  ],
  // Lamers et al. (2011) and de Beurs et al. (2022) report mean item scores (0–5) for the total and each subscale.
  scoring: 'mean',
  categories: {
    kind: 'keyes',
    hedonicSubscale: 'emotioneel',
    high: [4, 5],
    low: [0, 1],
    minHedonic: 1,
    minFunctioning: 6,
    source:
      'Keyes, C.L.M. (2009). Brief description of the Mental Health Continuum Short Form (MHC-SF); Lamers et al. (2011), J Clin Psychol 67(1), 99–110.',
  },
  // Tabel A of the Bijlage, total score. x is the raw score as a mean item score (0–5): at x = 0 the
  // formula gives T = 10 and at x = 5 about T = 79, the T-score range; a 0–70 sum would give nonsense.
  norms: [
    { scale: 'total', group: 'allen', coefficients: [10.0, 21.251, -4.8103, 0.66559], source: BIJLAGE },
    { scale: 'total', group: 'mannen', coefficients: [12.4, 19.652, -4.1704, 0.59389], source: BIJLAGE },
    { scale: 'total', group: 'vrouwen', coefficients: [10.3, 22.264, -5.2175, 0.71191], source: BIJLAGE },
  ],
  licence:
    'Vrij te gebruiken (geen licentiekosten) met bronvermelding van Lamers et al. (2011) en Keyes (2002). Tekst van de Nederlandse versie zoals gepubliceerd in de Bijlage van de Beurs et al. (2022).',
  citation:
    'Lamers, S.M.A., Westerhof, G.J., Bohlmeijer, E.T., ten Klooster, P.M. & Keyes, C.L.M. (2011). Evaluating the psychometric properties of the Mental Health Continuum-Short Form (MHC-SF). Journal of Clinical Psychology, 67(1), 99–110.',
  textSource: BIJLAGE,
});

/** Instruments built in; an institution adds its own (licensed) definitions beside these. */
export const BUILT_IN_QUESTIONNAIRES: readonly QuestionnaireDefinition[] = [MHC_SF];

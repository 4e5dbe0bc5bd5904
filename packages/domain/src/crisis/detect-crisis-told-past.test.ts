import { detectCrisis } from './detect-crisis.js';

/**
 * crisis14 (issue 13): look-alikes the lexicon alarmed on in cross-validation — a past told as past with a
 * life now, someone asking how to help another — and a departure in everyday words after a despairing
 * message. Lines written for this test, not taken from data/ (nor from the challenge set).
 */
describe('detectCrisis: a past told as past, with a life now', () => {
  it.each([
    'acht jaar geleden wilde ik niet meer leven. vandaag ben ik dankbaar dat ik er nog ben',
    'in 2016 tried to end my life, now im doing well and i have two kids',
    'mijn poging van toen voelt als uit een ander leven, ik vier elk jaar dat ik er nog ben',
    'at nineteen i wanted to die every single day. turns out it gets easier, i promise',
    'vroeger dacht ik elke nacht aan zelfmoord, nu slaap ik gewoon door',
    '4 jaar sh vrij vandaag, zo trots op mezelf 🎉',
  ])('should not alarm on "%s"', (text) => {
    const d = detectCrisis(text);
    expect(d.crisis).toBe(false);
    expect(d.severity).toBe('none');
  });

  it.each([
    'vroeger wilde ik dood en nu is het weer terug, elke avond',
    'acht jaar geleden wilde ik niet meer leven. nu heb ik pillen gespaard voor zaterdag',
    'in 2016 tried to end my life and lately i want to again',
  ])('should still alarm when it is back or a plan is there now: "%s"', (text) => {
    expect(detectCrisis(text).crisis).toBe(true);
  });
});

describe('detectCrisis: words of recovery never hide a crisis now', () => {
  // A wish in the present ("ik wou dat…" is a wish, not a past), an attempt last night, or a plan beside the
  // recovery group's own words ("herstel", "geleerd") is read as it is, not as a past told as past.
  it.each([
    'ik wou dat ik dood was. mijn herstel gaat nergens heen',
    'ik wou dat ik er niet meer was, herstel is niks voor mij',
    'ik wilde vannacht een eind aan mijn leven maken, ik heb al geleerd hoe',
    'i tried to end it last night. i did.',
    'ik ben 3 jaar clean maar ik wil niet meer leven',
    'at nineteen i wanted to die and now at 30 i want to die again',
  ])('should alarm on "%s"', (text) => {
    expect(detectCrisis(text).crisis).toBe(true);
  });
});

describe('detectCrisis: someone asking how to help another', () => {
  it.each([
    'mijn broer heeft al zijn medicijnen opgespaard en ik ben bang, wat moet ik doen',
    'iemand uit mijn klas zegt dat ze aan zelfmoord denkt, hoe ga ik daarmee om',
    'ik maak me zorgen om mijn vader, hij heeft zijn hond weggegeven en zegt rare dingen',
  ])('should not alarm on "%s"', (text) => {
    expect(detectCrisis(text).crisis).toBe(false);
  });

  it('should still alarm when the helper says it of themselves first', () => {
    expect(
      detectCrisis('ik heb al mijn medicijnen opgespaard en mijn broer weet het niet, wat moet ik doen')
        .crisis,
    ).toBe(true);
  });
});

describe('detectCrisis: an everyday departure after a despairing message', () => {
  const despair = ['ik trek het niet meer, ik wil dat alles ophoudt'];
  it.each([
    'going for one more walk along the canal, dont wait for me',
    'ik fiets nu naar de dijk',
    'oke tijd om te gaan',
  ])('should make "%s" acute after despair, and leave it alone without', (text) => {
    const alone = detectCrisis(text);
    const after = detectCrisis(text, { recent: despair });
    expect(after.crisis).toBe(true);
    expect(after.severity).toBe('acute');
    expect(after.sources).toContain('context');
    expect(alone.severity).not.toBe('acute');
  });

  it('should not make a calm message acute after a calm one', () => {
    expect(detectCrisis('ik fiets nu naar de dijk', { recent: ['lekker weer vandaag'] }).crisis).toBe(false);
  });
});

import { DECK_FORMAT, DECK_VERSION, type Deck } from '../../data/deck/Deck';

/**
 * The built-in deck: the case in eleven distinct slides, each with a "predict first" question. Captions hold no typed figures — every number is a
 * {token} filled from the data when the slide is shown (see slideFacts), so the deck stays true
 * when the data is updated. The words are the project's own.
 */
export const DEFAULT_DECK: Deck = {
  format: DECK_FORMAT,
  version: DECK_VERSION,
  title: 'Health data breaches and the people who prevent them',
  slides: [
    {
      id: 'headline',
      view: '?v=2',
      show: 'headline',
      title: 'One breach, most of a country',
      caption:
        '{largest} reported {largestIndividuals} individuals affected in {largestYear}: the largest of {breaches} breaches reported to HHS in {years}.',
      notes:
        'Ask the room to guess before revealing. The count is people whose health information was exposed, as reported to HHS; the number was revised several times as the investigation went on (open the breach in the explorer to see its count history).',
      question: 'How many people do you think the largest U.S. health-data breach affected?',
    },
    {
      id: 'individuals',
      view: '?v=2',
      show: 'time',
      title: 'Individuals affected, year by year',
      caption:
        '{individuals} individuals affected across {breaches} reports in {years}. The highest year is {recordYear} with {recordYearIndividuals}.',
      notes:
        'Point out how a single event dominates a year. To show the trend without it, tick "Set aside mega-breaches" in the explorer (Esc leaves the slides). The last year is partial: it runs only to the date of the newest export.',
      question: 'Which year do you think had the most people affected by health-data breaches?',
    },
    {
      id: 'breaches',
      view: '?v=2&m=breaches',
      show: 'time',
      title: 'Reports keep coming',
      caption:
        'Counting reports instead of people: {breaches} breaches of 500 or more people in {years}; the busiest year was {busiestYear} with {busiestYearBreaches}.',
      notes:
        'Breaches counted by the year they were submitted to HHS, not the year they happened. Each report counts once, however many people it affected.',
      question: 'Has the number of reported breaches gone up or down since 2009?',
    },
    {
      id: 'drivers',
      view: '?v=2&from=2020',
      show: 'breakdowns',
      title: 'What drives them now',
      caption:
        'Since 2020, hacking and IT incidents account for {hackingShare} of individuals affected and {hackingBreachShare} of reports; {topLocation} is the location named most often ({topLocationBreaches} reports); a business associate was involved in {baShare} of reports.',
      notes:
        'In the explorer, click "Email" or "Network Server" to show how the other charts answer. A report can name several types and locations, so bars can add up to more than the total.',
      question:
        'Which kind of breach do you think affects the most people: theft, loss, hacking or unauthorised access?',
    },
    {
      id: 'where',
      view: '?v=2&from=2020',
      show: 'map',
      title: 'Where they are reported',
      caption:
        'Since 2020 the reporting entities in {topState} account for the most individuals affected ({topStateIndividuals}).',
      notes:
        'The state is where the reporting organisation is, not where patients live: a national insurer reports from its home state.',
      question:
        'Which state’s organisations do you think reported the most individuals affected since 2020?',
    },
    {
      id: 'largest',
      view: '?v=2',
      show: 'largest',
      title: 'The largest breaches',
      caption:
        '{largest} alone accounts for {largestShare} of all individuals affected in {years}.',
      notes:
        'In the explorer’s table, open a row to show its details and how its count changed between HHS exports. A badge marks counts of 500 or 501, which HHS uses as a stand-in before the real count is known.',
      question:
        'What share of all individuals affected do you think the single largest breach accounts for?',
    },
    {
      id: 'outlook',
      view: '?v=2&page=workforce',
      show: 'workforce-outlook',
      title: 'The workforce response',
      caption:
        'Projected growth in employment for the occupations that protect and manage health data, against the average for all occupations (Bureau of Labor Statistics).',
      notes:
        'This slide shows the newest projection cycle. To show another (2023–33 or 2024–34), pick it on the Workforce page and add that view as a slide: each slide keeps the view it was saved with. Growth is a projection, not a promise.',
      question: 'Which of these occupations is projected to grow fastest?',
    },
    {
      id: 'pay',
      view: '?v=2&page=workforce',
      show: 'workforce-pay',
      title: 'What the work pays',
      caption:
        'Median annual pay, with the range from the 10th to the 90th percentile where the Bureau of Labor Statistics publishes it.',
      notes:
        'Salaries quoted by the source article come from Payscale and are labelled as quoted; the BLS figures are the checked ones.',
      question:
        'What do you think an information security analyst earns in a year, against the typical U.S. worker?',
    },
    {
      id: 'roles',
      view: '?v=2&page=workforce',
      show: 'workforce-roles',
      title: 'Informatics or information management?',
      caption:
        'Two neighbouring careers: one designs and secures the systems that hold health data, the other governs the records themselves.',
      notes:
        'Ask students which duties appeal to them; each role links to the occupation whose figures apply.',
      question: 'Which of these two careers do you think spends more of its day on security?',
    },
    {
      id: 'case',
      view: '?v=2&page=workforce',
      show: 'workforce-case',
      title: 'The case, side by side',
      caption:
        'Breaches and individuals affected, indexed to a base year, beside the job outlook. The two rise together; that is co-occurrence, not proof that one causes the other.',
      notes:
        'The base year is part of the slide’s saved view: pick another on the Workforce page and add that view as a slide. Then ask: which roles would have prevented each type of breach?',
      question: 'If breaches keep rising, what do you expect for the jobs that prevent them?',
    },
    {
      id: 'claims',
      view: '?v=2&page=workforce',
      show: 'workforce-claims',
      title: 'Checking the claims',
      caption:
        'Each claim from the article that started this project, tested against the merged HHS history.',
      notes:
        'Verdicts are computed from the data every time the page loads. Discuss why "record" depends on what you count and when the list was read.',
      question: 'Was 2021 really the worst year on record?',
    },
  ],
};

import assert from 'node:assert/strict';
import { findMeasure, findQuantity, type Measure } from '../../src/core/measures.js';

/** A text, or a text with the words its measure must be stated in. */
type Case = string | readonly [text: string, words: string];

function expectFound(find: (text: string) => Measure | null, c: Case): void {
  const [text, words] = typeof c === 'string' ? [c, undefined] : c;
  const found = find(text);
  assert.ok(found, `expected a quantity in ${JSON.stringify(text)}`);
  assert.equal(text.slice(found.start, found.end), found.words, 'words must be the text between start and end');
  if (words !== undefined) assert.equal(found.words, words);
}

function expectNone(find: (text: string) => Measure | null, text: string): void {
  const found = find(text);
  assert.equal(found, null, `expected no quantity in ${JSON.stringify(text)}, got ${JSON.stringify(found?.words)}`);
}

function positives(title: string, find: (text: string) => Measure | null, cases: readonly Case[]): void {
  describe(title, () => {
    for (const c of cases) {
      it(typeof c === 'string' ? c : `${c[0]} → ${c[1]}`, () => expectFound(find, c));
    }
  });
}

function negatives(title: string, find: (text: string) => Measure | null, cases: readonly string[]): void {
  describe(title, () => {
    for (const text of cases) it(text, () => expectNone(find, text));
  });
}

describe('findMeasure', () => {
  describe('the annotated examples', () => {
    positives('have a measure', findMeasure, [
      ['Write 3 design docs reviewed by the architecture group by 2027-04-30', '3 design docs'],
      ['Reduce flaky end-to-end tests from 40 to 5', 'from 40 to 5'],
      ['Run four brown-bag sessions on observability before March 2027', 'four brown-bag sessions'],
      ['Answer 90% of support pings within a business day', '90% of support pings'],
      ['Grow the on-call guide to cover all 12 alert types within the next two months', 'all 12 alert types'],
      ['Lower our AWS bill by 15%', '15%'],
      ['Halve the time to restore the staging database by the end of the year', 'Halve the time'],
      ['Interview 25 candidates for the data team by 30 September 2027', '25 candidates'],
      ['Ship one small open-source tool every quarter', 'one small open-source tool'],
      ["p99 latency under 250 ms at 2x today's peak traffic.", 'under 250 ms'],
      ['Give 3 talks about our payments platform at internal meetups by 2027-06-30', '3 talks'],
      ['Cut the on-call pages of the team from 40 to 10 a month by Q4 2026', 'from 40 to 10'],
      ['100% of writes served by the new service', '100% of writes'],
    ]);
    negatives('have none', findMeasure, [
      'Get better at writing design docs',
      'Finish the Go migration by the end of Q1 2027',
      'Learn Go 1.22 generics',
      'Move into a tech lead role next year',
      'Work on the v3 API',
      'Have better 1:1s with my reports',
      'Get the SOC 2 report signed off in Q2 2027',
    ]);
  });

  positives('a number or number word with what it counts', findMeasure, [
    ['Give 3 talks at internal meetups', '3 talks'],
    ['Mentor five mentees through the program', 'five mentees'],
    ['Run a dozen interviews with customers', 'a dozen interviews'],
    ['Mentor two juniors', 'two juniors'],
    ['Give a couple of talks at meetups', 'a couple of talks'],
    ['Pair with a pair of new hires each sprint', 'a pair of new hires'],
    ['Reach 10k users', '10k users'],
    ['Grow to 1,000 weekly users', '1,000 weekly users'],
    ['Hire 4 backend engineers by Q2', '4 backend engineers'],
    ['Publish 2 papers at NeurIPS', '2 papers'],
    ['Run 5 usability tests on the checkout flow', '5 usability tests'],
    ['Precept 2 new grads this year', '2 new grads'],
    ['Run two parent workshops this term', 'two parent workshops'],
    ['Book 15 demos a month', '15 demos'],
    ['Make 50 calls a day', '50 calls'],
    ['Promote one engineer to senior this year', 'one engineer'],
    ['Get one of my reports promoted', 'one of my reports'],
    ['Attend 6 meetups', '6 meetups'],
    ['Give ten talks', 'ten talks'],
    ['Read 12 books this year', '12 books'],
    ['Speak at 3 conferences in 2027', '3 conferences'],
    ['Ship 1 feature per sprint', '1 feature'],
    ['Support 2000 users on the new platform', '2000 users'],
    ['Reach 2,000 subscribers', '2,000 subscribers'],
    ['Build a 5-person team', '5-person team'],
    ['Onboard 3-5 new customers', '3-5 new customers'],
    ['Scale to 1M requests per day', '1M requests'],
    ['Write 2 RFCs this half', '2 RFCs'],
    ['Get 4.8 stars in the app store', '4.8 stars'],
    ['Teach one class a week', 'one class'],
    ['Present at one conference', 'one conference'],
    ["Observe 3 colleagues' lessons", "3 colleagues' lessons"],
    ['Migrate every one of the 8 services', '8 services'],
    ['Lead 3 of the 5 workstreams', '3'],
    ['Hire twenty-five engineers', 'twenty-five engineers'],
    ['Recruit two hundred beta testers', 'two hundred beta testers'],
    ['Run a hundred customer calls', 'a hundred customer calls'],
    ['Close 30 deals this quarter', '30 deals'],
    ['Visit 40 customer sites before the renewal', '40 customer sites'],
    ['Complete 12 patient safety audits', '12 patient safety audits'],
    ['Train 3 new healthcare assistants on the ward', '3 new healthcare assistants'],
    ['Plan 6 field trips for my class', '6 field trips'],
    ['Reach 100 pupils with the reading scheme', '100 pupils'],
    ['Ship 3 features from the Q3 roadmap', '3 features'],
    ['Review 10+ pull requests a week', '10+ pull requests'],
    ['Complete 20 CEU hours', '20 CEU hours'],
    ['Close 14 deals worth at least €300k', '14 deals'],
    ['Write 3 Python 3 migration guides', '3 Python 3 migration guides'],
    ['Fix 20 P1 bugs', '20 P1 bugs'],
    ['Run 2 workshops on the C4 model', '2 workshops'],
    ['Grow the team to 8', '8'],
    ['Hire 2 SREs', '2 SREs'],
    ['Ship 3 ML models to production', '3 ML models'],
    ['Lose 5 kg', '5 kg'],
    ['Run a 10k race', '10k race'],
    ['Keep NPS of 40', '40'],
    ['Reach a SUS score of 80', '80'],
    ['Reduce on-call pages by 50 per month', '50'],
    ['Automate 3/4 of the release checklist', '3/4'],
    ['Raise NPS 10 points', '10 points'],
    ['Get 3 customer references for the Series B', '3 customer references'],
    ['Open 2 PRs to Kubernetes', '2 PRs'],
    ['Write eleven blog posts', 'eleven blog posts'],
    ['Collect feedback from seven stakeholders', 'seven stakeholders'],
    ['Coach a dozen new managers', 'a dozen new managers'],
    ['Interview a thousand users', 'a thousand users'],
    ['Mentor 1 junior designer', '1 junior designer'],
    ['Get 3 certifications: AWS, GCP and Azure', '3 certifications'],
    ['Write 3 posts by 31/12/2027', '3 posts'],
    ['Finish 2 courses by 12.05.2027', '2 courses'],
    ['Go from 2 deploys a week to daily', '2 deploys'],
    ['By Q3, ship 3 features', '3 features'],
    ['Increase NPS to 50', '50'],
    ['Grow to 10K MAU', '10K MAU'],
    ['Complete 3 shifts in ICU', '3 shifts'],
    ['Target a 4-star rating', '4-star rating'],
    ['Read 1 book a month', '1 book'],
    ['Train on 2 GPUs', '2 GPUs'],
    ['Publish 1-2 posts a month', '1-2 posts'],
    ['Reduce the backlog by 25 tickets', '25 tickets'],
    ['Complete 10,000 steps a day', '10,000 steps'],
    ['Run a 5K', '5K'],
    ['Onboard new hires in 2 weeks instead of 4', '4'],
  ]);

  positives('a percentage', findMeasure, [
    ['Resolve 90% of support pings', '90% of support pings'],
    ['Increase conversion 15 percent', '15 percent'],
    ['Grow revenue by 15%', '15%'],
    ['Raise test coverage to 80 percent', '80 percent'],
    ['Achieve 95% hand hygiene compliance', '95%'],
    ['Reduce patient falls on my ward by 20%', '20%'],
    ['Hit 120% of quota', '120% of quota'],
    ['Get 100% of services on the new pipeline', '100% of services'],
    ['Get 80% of my Year 11 class to a grade 5 or above', '80% of my Year 11 class'],
    ['Keep the build green 95% of the time', '95% of the time'],
    ['Reduce churn by 5 percentage points', '5 percentage points'],
    ['Keep availability at 99.9%', '99.9%'],
    ['Cut cloud spend by 12 per cent', '12 per cent'],
    ['Increase retention 3pp', '3pp'],
    ['Reduce churn model false positives by 10%', '10%'],
    ['Keep sprint carry-over under 10%', 'under 10%'],
    ['Lift email open rates 10-15%', '10-15%'],
    ['Get 92% of my students through the exam', '92% of my students'],
    ['Reduce readmissions by 8 %', '8 %'],
  ]);

  positives('an amount of money', findMeasure, [
    ['Raise $50k', '$50k'],
    ['Close €10,000 in new business', '€10,000'],
    ['Secure £2m in funding', '£2m'],
    ['Win a USD 5,000 grant', 'USD 5,000'],
    ['Save 500 dollars a month', '500 dollars'],
    ['Close $1.2M in new ARR', '$1.2M'],
    ['Grow MRR by $10k', '$10k'],
    ['Reduce cost per ticket to €2', '€2'],
    ['Cut the training budget by 3,000 euros', '3,000 euros'],
    ['Sell 20,000 GBP of add-ons', '20,000 GBP'],
    ['Bring in ¥1,000,000 in new deals', '¥1,000,000'],
    ['Keep the team offsite under $5k', 'under $5k'],
    ['Get a EUR 2,500 training budget', 'EUR 2,500'],
    ['Grow pipeline to 2 million dollars', '2 million dollars'],
  ]);

  positives('a from/to change', findMeasure, [
    ['Cut release time from 6 weeks to 3', 'from 6 weeks to 3'],
    ['Cut the hiring loop from 5 stages to 3', 'from 5 stages to 3'],
    ['Lift activation rate from 30% to 45%', 'from 30% to 45%'],
    ['Improve model AUC from 0.82 to 0.88', 'from 0.82 to 0.88'],
    ['Grow the team from 5 to 8 engineers', 'from 5 to 8'],
    ['Go from zero to 3 paying customers', 'from zero to 3'],
    ['Take time to first review from about 2 days to under 4 hours', 'from about 2 days to under 4 hours'],
    ['Move from six releases a year to twelve', 'from six releases a year to twelve'],
    ['Cut the support backlog from 200 tickets down to 50', 'from 200 tickets down to 50'],
    ['Reduce MTTR from 3 hours -> 1 hour', 'from 3 hours -> 1 hour'],
    ['Grow ARR from $1M to $3M', 'from $1M to $3M'],
    ['Reduce build time from 40 minutes to 10', 'from 40 minutes to 10'],
    ['Shrink the review queue from 30 PRs to 5', 'from 30 PRs to 5'],
    ['Move our Lighthouse score from 60 to 90', 'from 60 to 90'],
  ]);

  positives('a threshold', findMeasure, [
    ['Respond to incidents in under 24 hours', 'under 24 hours'],
    ['Have at least 4 mentoring sessions', 'at least 4 mentoring sessions'],
    ['Keep error rate below 2%', 'below 2%'],
    ['Onboard over 100 customers', 'over 100 customers'],
    ['Publish more than 3 blog posts', 'more than 3 blog posts'],
    ['Score 4.5 or higher on the survey', '4.5 or higher'],
    ['Rank in the top 3 of the leaderboard', 'top 3'],
    ['Have no more than 2 incidents per quarter', 'no more than 2 incidents'],
    ['Keep fewer than 5 open bugs', 'fewer than 5 open bugs'],
    ['Restore the database in under 10 minutes', 'under 10 minutes'],
    ['Cut onboarding to under 2 weeks', 'under 2 weeks'],
    ['Get the F1 score above 0.9', 'above 0.9'],
    ['Reduce p95 latency to under 200ms', 'under 200ms'],
    ['Pass the IELTS with 7.5 or higher', '7.5 or higher'],
    ['Keep PRs open no more than 2 days', 'no more than 2 days'],
    ['Get feedback from at least five peers', 'at least five peers'],
    ['Keep page weight < 500 KB', '< 500 KB'],
    ['Keep bundle size ≤ 200kb', '≤ 200kb'],
    ['Grow to 50+ paying customers', '50+ paying customers'],
    ['Keep time to triage less than 2 business days', 'less than 2 business days'],
    ['Keep the waiting list at 5 patients max', '5 patients'],
    ['Get 5 or more referrals', '5 or more referrals'],
    ['Keep the average handle time below 6 minutes', 'below 6 minutes'],
    ['Reach a CSAT of at least 4.6', 'at least 4.6'],
    ['Keep the queue at most 20 tickets deep', 'at most 20 tickets'],
    ['Make the top 10 of the sales leaderboard', 'top 10'],
  ]);

  positives('a duration that is the target', findMeasure, [
    ['Deploy in 5 minutes', '5 minutes'],
    ['Answer pages within 15 minutes', '15 minutes'],
    ['Mark homework within 48 hours', '48 hours'],
    ['Shorten the release cycle to 2 weeks', '2 weeks'],
    ['Reduce lead time to 3 days', '3 days'],
    ['Bring lead time down to 3 days', 'down to 3 days'],
    ['Complete 20 hours of CPD', '20 hours'],
    ['Get cold starts to 300 ms', '300 ms'],
    ['Make the test suite run in 90 seconds', '90 seconds'],
    ['Offer 24-hour support for the launch', '24-hour'],
    ['Cut time to first byte by 200ms', '200ms'],
  ]);

  positives('a multiplier', findMeasure, [
    ['Make queries 2x faster', '2x'],
    ['Speed up builds 3×', '3×'],
    ['Grow traffic 10-fold', '10-fold'],
    ['Grow revenue tenfold', 'tenfold'],
    ['Make the build 3 times faster', '3 times faster'],
    ['Run twice as many experiments', 'twice as many'],
    ['Handle 1.5x the current load', '1.5x'],
    ['Handle twice the traffic', 'twice the traffic'],
    ['Make the page 2 x lighter', '2 x'],
  ]);

  positives('zero, double, triple, halve applied to something', findMeasure, [
    ['Zero missed deadlines this quarter', 'Zero missed deadlines'],
    ['Double test coverage', 'Double test coverage'],
    ['Triple the number of contributors', 'Triple the number'],
    ['Halve the time to restore', 'Halve the time'],
    ['Cut review time in half', 'in half'],
    ['Reduce review time by half', 'by half'],
    ['Quadruple our newsletter subscribers', 'Quadruple our newsletter subscribers'],
    ['Cut the AWS bill by a third', 'by a third'],
    ['Reduce toil by a quarter', 'by a quarter'],
    ['Get half the team certified in AWS', 'half the team certified'],
    ['Achieve zero-downtime deploys', 'zero-downtime deploys'],
    ['Reduce attrition to zero', 'zero'],
    ['Reach inbox zero every Friday', 'zero'],
    ['Ship with zero P1 bugs', 'zero P1 bugs'],
    ['Aim at doubling our active contributors', 'doubling our active contributors'],
    ['Keep on-call load halved', 'halved'],
    ['Have the number of alerts doubled', 'doubled'],
    ['Finish a third of the backlog', 'a third of the backlog'],
    ['Triple weekly signups', 'Triple weekly signups'],
    ['Halving the cost of our CI', 'Halving the cost'],
  ]);

  positives('scores', findMeasure, [
    ['Rate 4.5/5 in feedback', '4.5/5'],
    ['Get 9 out of 10 patients discharged on time', '9 out of 10'],
    ['Score 8/10 on the engagement survey', '8/10'],
    ['Get 7 out of ten on the engagement survey', '7 out of ten'],
  ]);

  positives('a frequency with an action', findMeasure, [
    ['Present twice a month', 'twice a month'],
    ['Blog once a week', 'once a week'],
    ['Go to the gym 3 times a week', '3 times a week'],
    ['Spend 3 days a week on deep work', '3 days a week'],
    ['Work from home 2 days a week', '2 days a week'],
    ['Be in the office at least 3 days a week', 'at least 3 days a week'],
    ['Eat lunch away from my desk four days a week', 'four days a week'],
    ['Publish the newsletter twice per quarter', 'twice per quarter'],
    ['Present at the guild twice', 'twice'],
    ['Work one day a week on the platform', 'one day a week'],
    ['Run drills 2 times per sprint', '2 times per sprint'],
  ]);

  positives('headings and labelled goals', findMeasure, [
    ['Goal: Write 3 Design Docs', '3 Design Docs'],
    ['Grow The Team To 8 Engineers', '8 Engineers'],
    ['SMART goal - Hire 2 SREs', '2 SREs'],
    ['Q1: Ship 2 features', '2 features'],
    ['**Measurable:** 3 talks accepted', '3 talks'],
    ['Goal 2: mentor 3 interns', '3 interns'],
    ['Give Two Talks At Conferences By June', 'Two Talks'],
    ['Six sessions with the new hires', 'Six sessions'],
    ['Run six workshops for the Lean team', 'six workshops'],
  ]);

  negatives('numbers that are names', findMeasure, [
    'Get the Lean Six Sigma Green Belt by the end of the year',
    'Read Seven Habits of Highly Effective People before my review',
    'Learn the Big Five personality model',
    'Rewatch Ocean\'s Eleven with the team',
    'Learn Python 3',
    'Upgrade to Python 3.12',
    'Migrate notebooks to Python 3.12',
    'Python 3 everywhere',
    'Adopt Go 1.22',
    'Launch the v2 API',
    'Ship v3',
    'Get ISO 27001 certified',
    'Pass the SOC 2 audit',
    'SOC 2 type 2 sign-off',
    'Deliver the Q3 roadmap',
    'Ship the Q3 roadmap on time',
    'Run better 1:1s',
    'Have a 1:1 with every report',
    'Hold regular one-on-one meetings',
    'Hold 1-on-1s with each report',
    'Keep my 1-1s weekly',
    'Document the system with the C4 model',
    'Move to the 2nd floor',
    'Explore Web 3',
    'Explore Web3 tooling',
    'Roll out IPv6',
    'Implement OAuth 2.0',
    'Enable HTTP/2',
    'Target ES2022',
    'Upgrade laptops to Windows 11',
    'Test on iPhone 15',
    'Move assets to S3',
    'Retire our EC2 fleet',
    'Learn k8s',
    'Lead the i18n effort',
    'Champion a11y',
    'Roll out 2FA',
    'Set up two-factor authentication',
    'Get promoted to L6',
    'Reach level 6',
    'Reach Level 6 before I move teams',
    'Reach P5',
    'Get to E5',
    'Move to a band 6 role',
    'Provide 24/7 support',
    'Master Figma',
    'Prepare for the Series B',
    'Improve Web Vitals',
    'Learn 3D modelling',
    'Build 3D prototypes of the kiosk',
    'Test on 5G networks',
    'Update COVID-19 protocols',
    'Comply with section 508',
    'Evaluate GPT-4',
    'Get WCAG 2.1 AA compliance on the main site',
    'Ship the design system v1',
    'Design for iOS 18',
    'Teach Year 9 maths',
    'Read chapter 4 of the book',
    'Finish module 3 of the course',
    'Fix all P1 bugs',
    'Eliminate sev 1 incidents',
    'Learn Spanish to B2 level',
    'Get my AWS Solutions Architect certification (SAA-C03)',
    'Move our services to Java 21',
    'Adopt React 19',
    'Upgrade to Node 20',
    'Use Postgres 16 everywhere',
    'Learn Kubernetes 1.29 features',
    'Migrate from Angular 12 to Angular 17',
    'Own the Kafka upgrade to 3.6',
    'Bump the API client to 2.4.1',
    'Run the 30-60-90 day plan for new hires',
    'Roll out a three-tier architecture',
    'Write a one-pager on the migration',
    'Do a one-off cleanup',
    'Keep zero-trust networking in place',
    'Deliver our 2027 goals',
    'Make the Fortune 500 list',
    'Teach type 2 diabetes self-care',
    'Lead the stage 3 pressure ulcer audit',
    'Cover Key Stage 2 science',
    'Shadow the Tier 1 support team',
    'Fix the #123 login bug',
    'Handle sev1 escalations',
    'Learn C++ 20 modules',
    'Try Next.js 14',
    'Get the PMP and the CSM-2 badges',
    'Keep the p99 dashboard green',
    'Ship OKR 2',
    'Close KR1',
    'Finish the Log4j cleanup',
    'Tidy up the mid-2026 backlog',
    'Check the S&P 500 exposure report',
    'Learn Office 365 admin',
    'Ship the 2.0 release',
    'Release version 2 of the app',
    'Get a 2:1 in my degree',
    'Reach B2 in Spanish',
    "Organise 2026's offsite",
  ]);

  negatives('ordinals', findMeasure, [
    'Give my first talk',
    'Take a second certification',
    'Finish 3rd in the hackathon',
    'Do my first conference talk in 2027',
    'Run the 2nd annual hackathon',
    'Ship by the 15th',
    'Win the 1st prize',
    'Organise the twentieth meetup',
  ]);

  negatives('dates and periods', findMeasure, [
    'Ship within 6 months',
    'Do it in the next 12 months',
    'Finish by 2027-04-30',
    'Finish by 30 September 2027',
    'Finish by March 31, 2027',
    'Finish by 31st March',
    'Start on 1 March',
    'Ship in Q2 2027',
    'Finish in H1 2027',
    'Launch in 2027',
    'Hit targets in FY27',
    'Hit targets in FY 2027',
    'Deliver by 03/04/2027',
    'Deliver by 15/04/2027',
    'Deliver by 4/15/27',
    'Send it by Friday',
    'Spend two weeks on it',
    'Learn Rust next year',
    'Do a retro each quarter',
    'Ship within 2 weeks',
    'Become a go-to person for Kafka within 6 months',
    'Take a 3-month sabbatical next year',
    'Complete the 8-week leadership course',
    'Move to 2-week sprints',
    'Write a blog post every 2 weeks',
    'Sync every 2 weeks with design',
    'Wrap up by mid-2027',
    'Deliver it by 5pm Friday',
    'Meet at 10:30 every Monday',
    'Plan the 2026/27 school year',
    "Finish by end of March '27",
    'Get it done over the next 2 years',
    'Answer all tickets within 2 business days',
    'Spend half of the year on the platform team',
    'Finish the course in the first half of the year',
    'Work on it for a couple of weeks',
    'Launch before Q4',
    'Finish by Dec. 2027',
    'Present at the conference in May 2027',
    'Ship by June 30',
    'Run the pilot over 2 years',
    'Finish 2027-Q1',
    'Ship in 2 sprints',
    'Get certified in 3 months',
  ]);

  negatives('vague quantities', findMeasure, [
    'Get better at writing design docs',
    'Get a few talks accepted',
    'Give several talks',
    'Write some docs',
    'Mentor many juniors',
    'Write more tests',
    'Get better at estimates',
    'Do a lot of reviews',
    'Read a handful of papers',
    'Fix most flaky tests',
    'Improve team morale',
    'Write a design doc',
    'Get an award',
    'Give a talk',
    'Mentor someone',
    'Reach thousands of users',
    'Speak at dozens of events',
    'Move into a tech lead role next year',
    'Own more of the roadmap',
    'Be a better engineer than I was last year',
  ]);

  negatives('one as a pronoun or idiom', findMeasure, [
    'Become one of the go-to people for Kafka',
    'One day lead a team',
    'Make sure no one is blocked',
    'At one point ship a side project',
    'Find the one thing to automate',
    'Have one-on-one time with each report',
    'Help one another',
    'Teach one another new skills',
    'One of my goals is to mentor',
    'Be the one person who knows billing',
    'Pick a project and own one',
    'Bring everyone along as one team',
  ]);

  negatives('zero, double and half as idioms', findMeasure, [
    'Double-check every release note',
    'Double down on mentoring',
    'Triple-check the migration plan',
    'Stop working a double shift',
    'Zero in on the slow queries',
    'Rebuild the onboarding from zero',
    'Use a half-day workshop format',
  ]);

  negatives('a cadence alone', findMeasure, ['once a week', 'every 2 weeks', 'twice a month', '3 times a week', 'Once the migration lands, write docs']);

  describe('edge cases', () => {
    it('returns null for empty and blank text', () => {
      assert.equal(findMeasure(''), null);
      assert.equal(findMeasure('   \n  '), null);
    });
    it('returns the first measure when there are several', () => {
      const text = 'Hire 3 engineers and cut churn by 5%';
      assert.deepEqual(findMeasure(text), { words: '3 engineers', start: 5, end: 16 });
    });
    it('skips a name to find the measure after it', () => {
      const text = 'Move 12 services from Python 2 to Python 3';
      assert.equal(findMeasure(text)?.words, '12 services');
      assert.equal(findMeasure('Migrate Python 3 services and onboard 4 teams')?.words, '4 teams');
    });
    it('gives offsets in the original text', () => {
      const text = 'Finish by 2027-04-30 and write 3 docs';
      const found = findMeasure(text);
      assert.ok(found);
      assert.equal(found.start, text.indexOf('3 docs'));
      assert.equal(found.end, text.length);
    });
    it('reads a single line break as a space, as Markdown does', () => {
      assert.equal(findMeasure('Learn Python\n3.12 features'), null);
      assert.equal(findMeasure('Get the SOC\r\n2 report signed'), null);
      assert.equal(findMeasure('Reduce flaky tests from\n40 to 5')?.words, 'from\n40 to 5');
    });
    it('does not read across a blank line', () => {
      const text = 'Learn Python\n\n3 talks';
      assert.deepEqual(findMeasure(text), { words: '3 talks', start: text.indexOf('3'), end: text.length });
    });
    it('reads nothing inside HTML comments or inline code', () => {
      assert.equal(findMeasure('Get promoted to L7 <!-- maybe 2 cycles -->'), null);
      assert.equal(findMeasure('Give better reviews <!-- aim for 3 reviews a day\nby March? -->'), null);
      assert.equal(findMeasure('Get `max_retries: 3` out of every service config'), null);
      assert.equal(findMeasure('Drop `retries: 3` from 12 services')?.words, '12 services');
      assert.equal(findMeasure('Speak more <!-- unterminated 3 talks'), null);
    });
    it('skips a number that is the unit of a rate', () => {
      assert.equal(findMeasure('Cut ingest cost per million events from $4.10 to $1.50')?.words, 'from $4.10 to $1.50');
      assert.equal(findQuantity('Errors per 1,000 requests fell 40%.')?.words, '40%');
    });
    it('finds a quantity deep in a long text', () => {
      const text = `${'Had a good chat about Python 3.\n\n'.repeat(5000)}Shipped 2 features.`;
      assert.equal(findQuantity(text)?.words, '2 features');
      assert.equal(findQuantity(text)?.start, text.length - '2 features.'.length);
    });
  });
});

describe('findQuantity', () => {
  positives('quantified results', findQuantity, [
    ['Releases now take 25 minutes and 6 engineers have shipped one.', '25 minutes'],
    ['Green builds went from 55% to 93% in a month.', 'from 55% to 93%'],
    ['We halved the on-call pages.', 'halved the on-call pages'],
    ['Saved the company $40k a year.', '$40k'],
    ['Three teams adopted it.', 'Three teams'],
    ['Zero incidents since.', 'Zero incidents'],
    ['Cut deploy time in half.', 'in half'],
    ['Doubled test coverage.', 'Doubled test coverage'],
    ['Test coverage tripled.', 'tripled'],
    ['It took two weeks.', 'two weeks'],
    ['Moved every subscription two weeks early with zero double charges.', 'two weeks'],
    ['Paging dropped from 40 a month to 6.', 'from 40 a month to 6'],
    ['Saved about 10 hours a week for the support team.', '10 hours'],
    ['Onboarding now takes 3 days instead of 2 weeks.', '3 days'],
    ['The service now handles 5,000 requests per second.', '5,000 requests'],
    ['p99 latency dropped to 180 ms.', '180 ms'],
    ['Error rate fell below 0.1%.', 'below 0.1%'],
    ['Used by thousands of developers.', 'thousands of developers'],
    ['Hundreds of customers migrated without a ticket.', 'Hundreds of customers'],
    ['We closed a $2M deal.', '$2M'],
    ['Revenue grew 3x.', '3x'],
    ['NPS went up 12 points.', '12 points'],
    ['Churn halved.', 'halved'],
    ['I mentored two interns who both got return offers.', 'two interns'],
    ['The team now deploys twice a day.', 'twice a day'],
    ['We release every 2 weeks now.', '2 weeks'],
    ['The feature reached 1M users.', '1M users'],
    ['Two thirds of the tickets are now self-served.', 'Two thirds'],
    ['Half the team now writes tests first.', 'Half the team'],
    ['We finished a quarter of the backlog.', 'a quarter of the backlog'],
    ['Support tickets dropped by a third.', 'by a third'],
    ['Reading scores rose 8 points across year 9.', '8 points'],
    ['92% of my students passed the exam.', '92% of my students'],
    ['Patient falls on the ward fell from 12 to 3 per quarter.', 'from 12 to 3'],
    ['I exceeded quota by 20%.', '20%'],
    ['Closed 14 deals worth €300k.', '14 deals'],
    ['The pilot ran for six months.', 'six months'],
    ['We hired 5 engineers.', '5 engineers'],
    ["The model's AUC went from 0.81 to 0.87.", 'from 0.81 to 0.87'],
    ['Shipped it in 3 weeks instead of a quarter.', '3 weeks'],
    ['Our Python 3 migration took 9 months.', '9 months'],
    ['After the Q3 2025 launch, signups doubled.', 'doubled'],
    ['Response times are 40% faster.', '40%'],
    ['The checklist is now used on all 6 wards.', 'all 6 wards'],
    ['We went from weekly to 4 deploys a day.', '4 deploys'],
    ['Cut costs by USD 12,000.', 'USD 12,000'],
    ['Two customers renewed early.', 'Two customers'],
    ['Rated 4.7/5 by attendees.', '4.7/5'],
    ['9 out of 10 students passed.', '9 out of 10'],
    ['Build times are 3 times faster.', '3 times faster'],
    ['Triage now happens within 2 hours.', '2 hours'],
    ['Won a dozen new accounts.', 'a dozen new accounts'],
    ['Delivered the project a month early and 10% under budget.', '10%'],
    ['Ran the workshop once a quarter for a year.', 'once a quarter'],
    ['Sales grew 2.5X.', '2.5X'],
    ['ARR hit €1.1m.', '€1.1m'],
    ['Reduced build minutes from 12k to 4k a month.', 'from 12k to 4k'],
    ['We reduced the backlog to zero.', 'zero'],
    ['We now run 12-hour shifts with one fewer nurse.', '12-hour'],
  ]);

  negatives('unquantified results', findQuantity, [
    'The team liked it and wants to repeat it.',
    'The customer renewed.',
    'We migrated to Python 3.',
    'Shipped in Q3 2025.',
    'It became the standard for all teams.',
    'Got great feedback in my 1:1s.',
    'The team shipped it in Q3 2025.',
    'Promoted to L6.',
    'Got promoted to senior in 2025.',
    'Customers loved it.',
    'The CEO mentioned it at the all-hands.',
    'We adopted it across all teams.',
    'One of the interns joined full time.',
    'No one was paged over the holidays.',
    'We once again hit our targets.',
    'Once the fix shipped, complaints stopped.',
    'We migrated from Python 2 to Python 3.',
    'The app now supports iOS 17.',
    'We passed the SOC 2 audit.',
    'We got ISO 27001 certified.',
    'Since March 2025 nobody has been paged.',
    'Reviewed on 2025-03-01 by the board.',
    'Featured on page 3 of the newsletter.',
    'The hospital adopted my checklist.',
    'The manager praised it in my one-on-one.',
    'Launched the v2 API on time.',
    'It runs 24/7 now.',
    'My first talk went well.',
    'I won first place.',
    'I ranked 3rd in the hackathon.',
    'Now on COVID-19 ward rotations.',
    'The GPT-4 prototype impressed the board.',
    'Everyone uses the new template.',
    'Zero-trust rollout completed.',
    'We now double-check every release.',
    'Helped one another through the outage.',
    'Finished on 31 March 2026.',
    'Shipped before the H2 2025 planning.',
    'Our Year 11 class loved the new scheme.',
    'The 2FA rollout went smoothly.',
    'The design moved to Figma.',
    'It was a one-off.',
    'Agents now apply one clear policy and escalations dropped noticeably.',
    'Got one of my reports promoted.',
    'We shipped one new feature.',
    'I became one of the go-to people for Kafka.',
    'My manager noticed.',
    "I presented at 2025's DevConf.",
    'It was my 2nd promotion.',
    'Shipped on 3/14.',
    'Went live at 9am.',
    'Went live at 9 a.m. on Monday.',
    '',
  ]);
});

describe('performance', () => {
  const MB = 1 << 20;
  const fill = (unit: string): string => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const shapes: Record<string, string> = {
    'prose full of names and dates': fill('We talked about Python 3 and the v2 API in Q3 2025 at the 1:1s with Go 1.22. '),
    'one long number': fill('1'),
    'comma-separated digits': fill('1,'),
    'dot-separated digits': fill('1.'),
    'letters and digits': fill('a1'),
    'hyphen chains': fill('a-1-'),
    'number words': fill('one '),
    'hyphenated number words': fill('twenty-'),
    'unfinished from/to': fill('from one two '),
    'dates': fill('2027-04-30 '),
    'cadence words': fill('once '),
    'spaces': fill(' '),
    'unterminated comments': fill('<!-- 1 '),
    'comments': fill('<!-- 1 --> '),
    'backticks': fill('`1 '),
    'capitalised words': fill('Python '),
    'slashes': fill('1/'),
  };
  for (const [name, text] of Object.entries(shapes)) {
    it(`reads 1 MB of ${name} in linear time`, () => {
      const t0 = performance.now();
      findMeasure(text);
      findQuantity(text);
      assert.ok(performance.now() - t0 < 5000, `${name} took ${Math.round(performance.now() - t0)} ms`);
    });
  }
});

describe('findMeasure: names of forms and standards (found by blind annotation)', () => {
  for (const text of ['Move onto the SEC reporting team that prepares the 10-K', 'File the 10-Q on time', 'Own the 8-K process', 'Automate the 1099-MISC run']) {
    it(`no measure in: ${text}`, () => expectNone(findMeasure, text));
  }
  it('still counts 10k users', () => expectFound(findMeasure, ['Reach 10K MAU', '10K MAU']));
});

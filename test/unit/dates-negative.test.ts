/** findDeadline must not see a deadline in cadences, service levels, amounts, measures and names with numbers. */
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { findDeadline } from '../../src/core/dates.js';

function none(cases: readonly string[]): void {
  for (const text of cases) {
    it(text, () => {
      const found = findDeadline(text, { reference: '2026-11-22', dateOrder: 'mdy' });
      assert.equal(found, null, found ? `found "${found.words}" → ${found.date}` : '');
    });
  }
}

describe('findDeadline: no deadline', () => {
  describe('the examples file', () => none([
    'Get better at writing design docs',
    'Reduce flaky end-to-end tests from 40 to 5',
    'Learn Go 1.22 generics',
    'Answer 90% of support pings within a business day',
    'Lower our AWS bill by 15%',
    'Work on the v3 API',
    'Have better 1:1s with my reports',
    'Ship one small open-source tool every quarter',
    'p99 latency under 250 ms at 2x today\'s peak traffic',
    'Own profiling and load testing for the API tier.',
    'Latency is a company-level key result.',
  ]));

  describe('a recurring cadence alone', () => none([
    'Write a blog post every week',
    'Run a retro each sprint',
    'Present one demo per quarter',
    'Send a status update weekly',
    'Publish the metrics report monthly',
    'Review the roadmap quarterly',
    'Hold 1:1s every Monday',
    'Hold 1:1s on Mondays',
    'Publish the newsletter twice a month',
    'Run a game day once a quarter',
    'Hold a demo each month',
    'Read one book a month',
    'Mentor a junior engineer every other Friday',
    'Meet with a customer every 2 weeks',
    'Rotate the on-call lead each week',
    'Take a training course every year',
    'Do a skip-level every month',
    'Visit every ward each Tuesday',
    'Log 10 sales calls per week',
    'Book two discovery calls a week',
    'Ship a release every sprint',
    'Attend the design critique every Thursday',
    'Post in the team channel daily',
    'Check the dashboards every morning',
    'Run a usability test a month',
    'Hold office hours biweekly',
  ]));

  describe('a service level', () => none([
    'Answer support pings within a business day',
    'Respond to incidents within 15 minutes',
    'Review PRs within 24 hours',
    'Reply within one working day',
    'Reply within 1 business day',
    'Acknowledge pages within 5 minutes',
    'Resolve P1 bugs within 4 hours',
    'Turn around design reviews within 48 hours',
    'Reply to every customer email within 2 days',
    'Respond to all tickets within 3 days',
    'Answer any customer question in 2 days',
    'Triage each new bug within 1 day',
    'Resolve 80% of requests within 3 days',
    'Close 95 percent of tickets within a week',
    'Respond within 2 days of a request',
    'Follow up within 2 days after each interview',
    'Return patient call-backs within 2 hours',
    'Chart vitals within 30 minutes of each assessment',
    'Reply to leads within 24h',
    'Onboard new customers within 5 days of signing',
    'Ship hotfixes within a day of the report',
    'Handle escalations per the SLA within 2 business days',
    'Deliver review feedback within 3 working days',
    'Answer questions from any team within 2 days',
    'Review pull requests per week within 2 days',
  ]));

  describe('by + an amount', () => none([
    'Lower our AWS bill by 15%',
    'Lower churn by 15 percent',
    'Cut costs by $5k',
    'Cut costs by €20,000',
    'Cut costs by £3k',
    'Reduce incidents by half',
    'Grow revenue by 2x',
    'Raise NPS by 3 points',
    'Cut p95 latency by 10 ms',
    'Increase sign-ups by 1,000',
    'Increase sign-ups by 2000 users',
    'Reduce the backlog by 3/4',
    'Improve test coverage by 12pp',
    'Grow the pipeline by a third',
    'Reduce cloud spend by a quarter',
    'Increase conversion by one percentage point',
    'Speed up the build by 30 seconds',
    'Grow the team by two engineers',
  ]));

  describe('durations that are measures', () => none([
    'Deploy in 5 minutes',
    'Pages load in 2 seconds',
    'Restore in 1 hour',
    'Finish onboarding in under 10 minutes',
    'Keep cold starts under 300 ms',
    'Get the test suite to run in under 4 minutes',
    'Spend 6 months on the platform team',
    'Shadow the on-call rotation for 2 weeks',
    'Run a 10k race in under 50 minutes',
    'Bring MTTR down to 2 hours',
    'Complete the handover in 20 minutes',
    'Bring time-to-first-byte below 200 milliseconds',
    'Work a 6-month rotation in support',
    'Look back at the past 6 months',
    'Reflect on what went well 6 months ago',
    'Have more than 10 years of experience',
    'Take over 3 weeks of parental-leave cover',
  ]));

  describe('names with numbers and look-alikes', () => none([
    'Have better 1:1s with my reports',
    'Prepare for my 1:1 with Alex',
    'Run effective one-on-one meetings',
    'Learn Go 1.22 generics',
    'Upgrade the service to Python 3.12',
    'Migrate the client to v2.1',
    'Keep uptime at 99.9% 24/7',
    'Provide 24/7 support coverage',
    'Move the team to HTTP/2',
    'Finish the Q3 roadmap',
    'Own the Q3 planning doc',
    'Present the Q4 OKRs to the team',
    'Attend the Q4 planning offsite',
    'Present in Q3 planning',
    'Write the H1 review',
    'Use one H1 heading per page',
    'March forward with the platform vision',
    'March on despite setbacks',
    'I may need help from the data team',
    'Things may need to change',
    'Do the dry run a second time',
    'Cut the check to a few sec',
    'Start now',
    'Start today',
    'Finish the write-up tonight',
    'Get this done ASAP',
    'Get this done by EOD',
    'Work from the 2nd floor lab',
    'Get ISO 27001 certified',
    'Pass the SOC 2 audit',
    'Book the venue at 3pm',
    'Meet at 10:30 with the vendor',
    'Move the team to version 2.0',
    'Upgrade everyone to Windows 11',
    'Get into the top 10 on the leaderboard',
    'Get a 5/5 rating from customers',
    'Involve 3/4 of the team in code review',
    'Cover 2/3 of the on-call shifts',
    'Use C4 model diagrams',
    'Study for the AZ-104 exam',
    'Hire for the 2027 headcount plan',
    'Write the 2027 roadmap',
    'Grow from 1500 to 2000 customers',
    'Beat the 2025 record',
    'Get the year-end review done well',
    'Prepare for the year-end review',
    'Prepare for the mid-year review',
    'Become a summer intern mentor',
    'Grow my network in the fall conference season',
    'Support the spring hiring push',
    'Hand off the March release to Priya',
    'Review the May incident with the team',
    'Join the June cohort of the leadership programme',
    'Write up the lessons from the 2025 outage',
    'Manage the 2026 budget',
    'Achieve a 4.5/5 CSAT',
    'Take Fridays off for learning',
    'Every Friday afternoon, write a brag doc entry',
    'Attend the 8am stand-up',
    'Get to inbox zero by 5pm daily',
    'Present at Monday\'s all-hands',
    'Work with Jan and April on the launch',
    'Shorten sprints to 1 week',
    'Go from 2-week to 1-week release cycles',
    'Take 2 weeks of vacation',
    'Be in the office 3 days a week',
    'Keep 1 day a week for focus',
    'Upgrade the build agents to Windows Server 2025.',
    'Move the solution to Visual Studio 2026',
    'Speak at KubeCon 2027',
    'Make sure error rates fall',
    'Pair with May on the billing service',
    'Give the deck to June for feedback',
    'Sat down with my manager to plan',
    'Run the sun-setting of the old API',
    'Take the second half of the meeting',
    'Use the first quarter of each sprint for planning',
    'Improve by 3 NPS points each quarter',
    'Support the Windows 10 to 11 migration',
    'Become fluent in ES2022 features',
    'Learn TypeScript 5.9',
    'Use Node 20 in CI',
    'Run ab tests on 10/90 splits',
    'Keep the 80/20 rule in mind',
  ]));

  describe('vague or missing periods', () => none([
    'Get better at public speaking',
    'Be more visible in the org',
    'Improve my SQL',
    'Grow as a leader',
    'Do it in a few weeks',
    'Do it in several months',
    'Do it at some point next',
    'Do it soon',
    'Do it eventually',
    'Do it in the coming months',
    'Ongoing',
    'TBD',
    'Finish it by the end of the sprint',
    'Ship it in 3 sprints',
    '',
  ]));

  it('an invalid reference date gives no deadline rather than a wrong one', () => {
    assert.equal(findDeadline('by Friday', { reference: 'soon', dateOrder: 'mdy' }), null);
    assert.equal(findDeadline('by Q3', { reference: '2026-02-30', dateOrder: 'mdy' }), null);
  });

  it('an invalid calendar date is not a date', () => {
    for (const text of ['by 31/02/2027', 'by 13/13/2027', 'by 02/30/2027', 'by 2027-02-30', 'by 2027-13-01', 'by 00/10/2027']) {
      assert.equal(findDeadline(text, { reference: '2026-11-22', dateOrder: 'dmy' }), null, text);
      assert.equal(findDeadline(text, { reference: '2026-11-22', dateOrder: 'mdy' }), null, text);
    }
  });
});

/** findDeadline on goals as people in different roles write them: the deadline they state, or none. */
import assert from 'node:assert/strict';
import { describe, it } from 'mocha';
import { findDeadline } from '../../src/core/dates.js';

/** A goal and its deadline (null: none) from the reference 2026-11-22 unless `ref` is given. */
type Case = readonly [goal: string, date: string | null, ref?: string];

function check(cases: readonly Case[]): void {
  for (const [goal, date, ref = '2026-11-22'] of cases) {
    it(`${goal} → ${date ?? 'none'}${ref === '2026-11-22' ? '' : ` (from ${ref})`}`, () => {
      const found = findDeadline(goal, { reference: ref, dateOrder: 'mdy' });
      assert.equal(found?.date ?? null, date, found ? `found "${found.words}"` : '');
    });
  }
}

describe('findDeadline: goals by role', () => {
  describe('software engineer', () => check([
    ['Get promoted to senior engineer by Q3 2027', '2027-09-30'],
    ['Migrate the payments service to Kubernetes by the end of Q2', '2027-06-30'],
    ['Cut CI time from 25 to 10 minutes before the March 2027 release freeze', '2027-02-28'],
    ['Pass the CKA exam within 3 months', '2027-02-22'],
    ['Add contract tests for all 14 public endpoints by EOQ', '2026-12-31'],
    ['Remove the last Python 2 scripts from the monorepo this quarter', '2026-12-31'],
    ['Lead one incident review a month', null],
    ['Pair with a new hire every week', null],
    ['Keep PR review turnaround under 24 hours', null],
    ['Ship the GraphQL gateway to 100% of traffic by 2027-02-15', '2027-02-15'],
    ['Bring test coverage of the billing module from 52% to 80% by mid-2027', '2027-06-30'],
    ['Write an ADR for every architectural change', null],
    ['Give a talk at the Go meetup in spring 2027', '2027-05-31'],
    ['Upgrade all services to Node 22 by January', '2027-01-31'],
    ['Reduce p95 API latency by 30% in H1', '2027-06-30'],
    ['Finish the Rust course in the next 8 weeks', '2027-01-17'],
    ['Automate the release checklist by Friday', '2026-11-27'],
    ['Respond to Sev-1 pages within 5 minutes', null],
    ['Own the on-call runbook for the search cluster', null],
    ['Deprecate API v1 by 31/12/2027', '2027-12-31'],
    ['Contribute 5 PRs to an open-source project in 2027', '2027-12-31'],
    ['Mentor two interns over the summer', '2027-08-31'],
    ['Move the team to trunk-based development by the end of next quarter', '2027-03-31'],
    ['Run a chaos day for the checkout flow before Black Friday on Nov 27', '2026-11-27'],
    ['Learn Terraform 1.9 modules', null],
    ['Support the 2.x to 3.x SDK upgrade', null],
  ]));

  describe('designer', () => check([
    ['Ship the new design system tokens to all squads by March 31', '2027-03-31'],
    ['Run 8 usability sessions on the onboarding flow before the beta in April', '2027-04-30'],
    ['Publish a case study on the checkout redesign by the end of January', '2027-01-31'],
    ['Reach WCAG 2.2 AA on the marketing site within six months', '2027-05-22'],
    ['Hold design critique every Thursday', null],
    ['Get 3/4 of product managers to use the Figma library', null],
    ['Present the research synthesis at the Q1 all-hands', null],
    ['Present the research synthesis in Q1', '2027-03-31'],
    ['Build a portfolio of 4 projects by late spring', '2027-05-31'],
    ['Redesign the settings page in the next sprint', null],
    ['Interview 12 customers this month', '2026-11-30'],
    ['Cut design-to-dev handoff questions by half', null],
    ['Run the accessibility workshop on 14 January 2027', '2027-01-14'],
  ]));

  describe('engineering manager', () => check([
    ['Hire 3 senior engineers for the data team by June 2027', '2027-06-30'],
    ['Hold 1:1s with every report each week', null],
    ['Get the team\'s eNPS from 20 to 40 by year-end', '2026-12-31'],
    ['Write growth plans with all 7 reports within the next month', '2026-12-22'],
    ['Reduce attrition to under 10% in 2027', '2027-12-31'],
    ['Run a calibration session before the mid-year review', '2027-06-29'],
    ['Run a calibration session for the mid-year review', null],
    ['Complete the manager training course by the 15th of December', '2026-12-15'],
    ['Delegate sprint planning to a tech lead by early 2027', '2027-04-30'],
    ['Run skip-levels twice a quarter', null],
    ['Present the headcount plan for FY27 by 2026-12-10', '2027-12-31'],
    ['Staff the new platform team by the start of Q2 2027', '2027-04-01'],
    ['Clear the performance-review backlog this week', '2026-11-22'],
    ['Close all open reqs by 1/31/2027', '2027-01-31'],
    ['Run quarterly career conversations', null],
  ]));

  describe('product manager', () => check([
    ['Launch the self-serve plan in Q2 2027', '2027-06-30'],
    ['Grow weekly active teams from 1,200 to 2,000 by the end of H1 2027', '2027-06-30'],
    ['Publish the 2027 roadmap before the January kickoff', '2026-12-31'],
    ['Add the migration to the 2027 roadmap', null],
    ['Add the migration in the 2027 roadmap', null],
    ['Demo the prototype at the Q1 all-hands', null],
    ['Have the beta ready by the Q1 all-hands', '2027-03-31'],
    ['Interview 20 churned customers by next Friday', '2026-11-27'],
    ['Ship pricing experiments every two weeks', null],
    ['Raise trial-to-paid conversion by 2 points', null],
    ['Define success metrics for the AI assistant by the end of this month', '2026-11-30'],
    ['Get the PRD for offline mode signed off by Dec 15', '2026-12-15'],
    ['Run a beta with 10 design partners over the next quarter', '2027-02-22'],
    ['Sunset the legacy reports page by 2027-03-01', '2027-03-01'],
    ['Own the Q2 launch plan', null],
    ['Own the launch plan for Q2.', '2027-06-30'],
    ['Hit 99.9% availability for the API', null],
  ]));

  describe('nurse', () => check([
    ['Complete my BLS recertification before it expires on 15 March 2027', '2027-03-15'],
    ['Get my critical-care certification (CCRN) by summer 2027', '2027-08-31'],
    ['Precept two new graduate nurses in the spring', '2027-05-31'],
    ['Chart within 30 minutes of each patient assessment', null],
    ['Answer call lights within 3 minutes', null],
    ['Reduce patient falls on our unit by 20%', null],
    ['Lead a hand-hygiene audit on the ward every month', null],
    ['Finish the wound-care module in the next 6 weeks', '2027-01-03'],
    ['Apply for the charge-nurse role before the end of February', '2027-02-28'],
    ['Work 12-hour shifts three times a week', null],
    ['Present the sepsis protocol update at the staff meeting on 12/18', '2026-12-18'],
    ['Start my BSN in the fall of 2027', '2027-11-30'],
    ['Take the ACLS refresher on Jan 9', '2027-01-09'],
  ]));

  describe('salesperson', () => check([
    ['Close $1.2M in new ARR by FY27', '2027-12-31'],
    ['Reach 120% of quota in H1', '2027-06-30'],
    ['Book 15 discovery calls a week', null],
    ['Grow the pipeline by 25% this quarter', '2026-12-31'],
    ['Sign 3 enterprise logos before Q2', '2027-03-31'],
    ['Respond to inbound leads within 2 hours', null],
    ['Follow up with every demo attendee within 24 hours', null],
    ['Renew the Acme contract by 30 Jan 2027', '2027-01-30'],
    ['Get my Salesforce admin certification by the end of next month', '2026-12-31'],
    ['Increase average deal size by $5k', null],
    ['Expand into the DACH region in 2027 H2', '2027-12-31'],
    ['Win back 5 churned accounts by April', '2027-04-30'],
    ['Make 50 calls per day', null],
  ]));

  describe('with other reference dates', () => check([
    ['Ship the pricing page by Friday', '2027-02-12', '2027-02-10'],
    ['Ship the pricing page by next Monday', '2027-02-15', '2027-02-10'],
    ['Ship the pricing page by Q1', '2027-03-31', '2027-02-10'],
    ['Ship the pricing page by Q4', '2027-12-31', '2027-02-10'],
    ['Ship the pricing page by March', '2027-03-31', '2027-02-10'],
    ['Ship the pricing page by January', '2028-01-31', '2027-02-10'],
    ['Ship the pricing page before March', '2027-02-28', '2027-02-10'],
    ['Ship the pricing page within 6 months', '2027-08-10', '2027-02-10'],
    ['Ship the pricing page this spring', '2027-05-31', '2027-02-10'],
    ['Ship the pricing page this winter', '2027-02-28', '2027-02-10'],
    ['Ship the pricing page by the end of the year', '2027-12-31', '2027-02-10'],
    ['Ship the pricing page next quarter', '2027-06-30', '2027-02-10'],
    ['Ship the pricing page this month', '2027-02-28', '2027-02-10'],
    ['Ship the pricing page by the 15th', '2027-02-15', '2027-02-10'],
    ['Ship the pricing page by the 5th', '2027-03-05', '2027-02-10'],
    ['Ship the pricing page next week', '2027-02-21', '2027-02-10'],
    ['Ship the pricing page by 3/15', '2027-03-15', '2027-02-10'],
    ['Ship the pricing page by 1/15', '2028-01-15', '2027-02-10'],
    ['Ship the pricing page by mid-year', '2027-06-30', '2027-02-10'],
    ['Ship the pricing page in H2', '2027-12-31', '2027-07-01'],
    ['Ship the pricing page in H1', '2028-06-30', '2027-07-01'],
    ['Ship the pricing page in 2025', '2025-12-31', '2027-07-01'],
  ]));
});

/** Word lists and regex sources shared by the measure finders. */

function wordSet(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

/** A written number: `3`, `1,000`, `4.5`. */
export const NUMBER = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;

/** A number word; compounds (`twenty-five`, `two hundred`) are runs of these. */
export const NUMBER_WORD =
  '(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|' +
  'sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|' +
  'hundred|thousand|million|billion|dozen)';

/** Cheap test run first: without a digit or one of these words no finder can match. */
export const PRECHECK = new RegExp(
  String.raw`[\d×]|\b(?:${NUMBER_WORD.slice(3, -1)}|twice|thrice|once|half|third|quarter|couple|pair)\b` +
    String.raw`|\b(?:dozens|hundreds|thousands|millions|billions|doubl|tripl|quadrupl|halv)|fold\b`,
  'i',
);

/** Units of a period: a number of these is a deadline or an effort, not a measure. */
export const PERIOD_UNIT =
  '(?:days?|weeks?|fortnights?|months?|quarters?|years?|sprints?|semesters?|terms?|weekends?|decades?|wks?|mos?|yrs?)';

const PERIOD_ADJECTIVE = '(?:business|working|school|calendar|full|consecutive|straight|more|additional|extra|whole)';

/** Letters glued to digits that scale them (`10k`, `$2M`, `5bn`); like the sets below, they keep the number. */
export const MAGNITUDE_SUFFIXES = wordSet('k K m M MM mn b B bn mil');
/** Letters glued to digits that make a multiplier (`2x`, `3×`). */
export const MULTIPLIER_SUFFIXES = wordSet('x X ×');
/** Letters glued to digits that make a short duration (`250ms`, `30s`, `2h`). */
export const SHORT_DURATION_SUFFIXES = wordSet('ms s sec secs min mins h hr hrs');
/** Letters glued to digits that make a period (`3d`, `6mo`). */
export const PERIOD_SUFFIXES = wordSet('d w wk wks mo mos y yr yrs');
/** Letters glued to digits that name another unit (`5GB`, `200kb`, `3pp`). */
export const UNIT_SUFFIXES = wordSet(
  'kb KB Kb mb MB Mb gb GB Gb tb TB px pp pt pts fps rps qps rpm mm cm kg km mi bps kbps mbps Mbps Gbps',
);

/** Words that end a counted noun phrase: articles, pronouns, prepositions, conjunctions, auxiliaries. */
export const STOP_WORDS = wordSet(`
  a an the and or but nor of in on at by for to from with within without before after until till
  during per every each that which who whom whose this these those next last so as than into onto
  across over under via is are was were be been being am has have had do does did will would
  should can could may might must shall not no it its my our their his her your we i they he she
  you me us them while when where if then more less fewer most least also too very just only up
  down out off about around ago since through among between against towards toward like plus
  versus vs all both either neither because though although again still already now today
  tomorrow yesterday here there such same other another own
`);

/** Words that, directly before a number, make it a name (`level 6`, `Python 3`, `SOC 2`). */
export const LABEL_WORDS = wordSet(`
  version ver v level lvl grade tier band step phase stage section chapter article clause page
  module unit lesson room ward bay bed floor building gate platform sprint iteration milestone
  release issue ticket item goal objective okr kr priority option part round season episode week
  day year month quarter cohort batch wave squad pod pillar question gen generation series model
  type class category number rank sev severity route line lane zone region block suite
  python java node nodejs go golang ruby rails php perl swift kotlin scala rust react angular vue
  django flask spring dotnet ios android macos windows ubuntu debian rhel centos fedora iphone
  ipad pixel galaxy web es ecmascript html css http tls ssl oauth wcag iso soc pci iec nist gdpr
  covid kubernetes postgres postgresql mysql mongodb redis elasticsearch kafka spark hadoop
  terraform ansible jdk jre typescript javascript vite webpack bootstrap tailwind excel office
  xcode unity unreal gpt claude llama gemini mistral figma jira confluence salesforce hubspot sap
  oracle chrome firefox safari edge fortune formula
`);

/** Currency codes written before an amount (`USD 5,000`). */
export const CURRENCY_CODES = wordSet('USD EUR GBP CAD AUD NZD CHF JPY INR SEK NOK DKK CNY HKD SGD ZAR BRL MXN PLN');

/** Second halves of hyphenated compounds that name a thing (`two-factor`, `3-tier`, `one-off`). */
export const NAME_COMPOUNDS = wordSet(`
  factor way step stage tier stop off time times liner pager click pizza sided dimensional phase
  size shot hit hander word piece point up on to of in d
`);

/** Plural words after a year that still read as a name (`2027 goals`), not a count. */
export const PLANNING_WORDS = wordSet(
  'goals objectives okrs plans priorities targets reviews results roadmaps budgets resolutions',
);

/** Compounds of `zero-` that state a measure; every other `zero-X` is a name (`zero-trust`). */
export const ZERO_COMPOUNDS = wordSet(
  'downtime defect defects bug bugs incident incidents error errors outage outages regression regressions waste',
);

/** After a number: it is money (`500 dollars`, `10.000 €`). */
export const MONEY_AFTER = /^\s*(?:dollars?|euros?|pounds?|bucks|quid|usd|eur|gbp|cad|aud|chf|jpy|inr|[$€£¥₹])(?![A-Za-z])/i;

/** Before a number: a currency code (`USD 5,000`). */
export const MONEY_BEFORE = new RegExp(String.raw`\b(?:${[...CURRENCY_CODES].join('|')}|US\$|A\$|C\$)\s*$`);

/** After a number: it is a percentage (`15 percent`, `3 percentage points`). */
export const PERCENT_AFTER = /^\s*(?:%|percent(?:age\s+points?)?|per\s?cent|pct|pp|bps|basis\s+points?)(?![A-Za-z])/i;

/** After a number: it is a multiplier (`2 x`, `10-fold`, `3 times faster`). */
export const MULTIPLIER_AFTER =
  /^(?:\s*[x×](?![A-Za-z\d])|-?fold(?![A-Za-z])|\s+times\s+(?:more|faster|less|fewer|higher|lower|better|bigger|larger|smaller|quicker|cheaper|as)(?![A-Za-z]))/i;

/** After a number: it is a score (`4.5/5`, `9 out of 10`). */
export const SCORE_AFTER = new RegExp(String.raw`^(?:\s*\/\s*${NUMBER}|\s+out\s+of\s+(?:${NUMBER}|${NUMBER_WORD}))(?![\w.])`, 'i');

/** After a number: a short duration, which no one uses as a deadline (`250 ms`, `24-hour`). */
export const SHORT_DURATION_AFTER = /^(?:\s+|-)(?:ms|msecs?|milliseconds?|secs?|seconds?|mins?|minutes?|hrs?|hours?)(?![A-Za-z])/i;

/** After a number: a period (`6 months`, `2 business days`, `3-month`). */
export const PERIOD_AFTER = new RegExp(String.raw`^(?:\s+(?:${PERIOD_ADJECTIVE}\s+)?|-)${PERIOD_UNIT}(?![A-Za-z])`, 'i');

const CADENCE = String.raw`\s+(?:a|an|per|every|each)\s+(?:other\s+)?(?:day|week|fortnight|month|quarter|year|sprint|term|semester|release|shift|iteration|cycle|meeting)(?![A-Za-z])`;

/** After `once`/`twice`: the period it repeats in (`a week`, `per sprint`). */
export const CADENCE_AFTER = new RegExp(`^${CADENCE}`, 'i');

/** After a number: a frequency (`3 times a week`, `2 days a week`). */
export const TIMES_CADENCE_AFTER = new RegExp(
  String.raw`^\s+(?:times|(?:${PERIOD_ADJECTIVE}\s+)?${PERIOD_UNIT}|nights|evenings|mornings|afternoons|shifts)${CADENCE}`,
  'i',
);

/** Before a number: a threshold; group `word` tells which, as `over 2 years` is an effort, not a target. */
export const THRESHOLD_BEFORE = new RegExp(
  String.raw`(?:\b(?<word>under|below|beneath|less than|fewer than|lower than|shorter than|faster than|no more than|` +
    String.raw`not more than|no fewer than|no less than|not less than|at most|at least|over|above|more than|greater than|` +
    String.raw`higher than|up to|down to|beyond|exceed(?:s|ing)?|max(?:imum)?(?: of)?|min(?:imum)?(?: of)?|top|sub)` +
    String.raw`|[<>≤≥]=?|~)\s*$`,
  'i',
);

/** Thresholds that, before a period, read as a span of effort (`over 2 years`). */
export const PERIOD_UNSAFE_THRESHOLDS = wordSet('over above beyond exceed exceeds exceeding');

/** After a number: an open-ended threshold (`100+`, `4.5 or higher`, `2 max`). */
export const THRESHOLD_AFTER =
  /^(?:\s*\+|\s+or\s+(?:more|higher|better|above|greater|less|lower|fewer|below|faster|sooner|under|over)|\s+and\s+(?:above|up|over|higher)|\s+(?:max|maximum|minimum|tops|at\s+most|at\s+the\s+most))(?![A-Za-z])/i;

const APPROXIMATELY = String.raw`(?:(?:about|around|roughly|approximately|nearly|over|under)\s+|~\s*)`;

/** Before a number: `from`, which may open a from/to change. */
export const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+${APPROXIMATELY}?$`, 'i');

const QUANTITY = String.raw`(?:[$€£¥₹]?${NUMBER}(?:%|×|[A-Za-z]+)?|${NUMBER_WORD}(?:[\s-]+${NUMBER_WORD})*)`;

/** A whole from/to change, matched at the `from`: `from 40 to 5`, `from 6 weeks to 3`, `from 3 hours -> 1 hour`. */
export const FROM_TO = new RegExp(
  String.raw`from\s+${APPROXIMATELY}?${QUANTITY}(?:\s+[A-Za-z][\w'’-]*){0,4}?(?:\s+(?:down\s+|up\s+)?to|\s*(?:→|->|–>))\s+` +
    String.raw`(?:${APPROXIMATELY}|(?:below|less\s+than|just|only|above)\s+)?${QUANTITY}` +
    String.raw`(?:\s*%|\s+(?:percent|ms|seconds?|minutes?|hours?|days?|weeks?|months?)(?![A-Za-z]))?`,
  'iy',
);

/** Verbs that take a version after `to` (`upgrade Kafka to 3.6`). */
export const UPGRADE_VERB = /\b(?:upgrad|migrat|updat|bump|port|mov|switch|pin)\w*/i;

/** Verbs of change; `to` + a period after one is a target (`cut the cycle to 2 weeks`). */
export const CHANGE_VERB =
  /\b(?:reduc|cut|shorten|shrink|bring|lower|drop|decreas|speed|trim|grow|increas|rais|extend|lengthen|improv|slash|halv|doubl|boost|lift)\w*/i;

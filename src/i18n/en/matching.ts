import type { matching as nl } from '../nl/matching';

/** English: leermeester-gezel (mentor-mentee) matching. */
export const matching: Record<keyof typeof nl, string> = {
  'matching.theme.empowerment': 'Effectiveness and empowerment',
  'matching.theme.zoekgedrag': 'Support in looking for work',
  'matching.theme.student-kent-werkgever': 'Student gets to know the employer',
  'matching.theme.werkgever-kent-student': 'Employer gets to know the student',
  'matching.theme.objectief-werven': 'Objective recruitment and selection',
  'matching.theme.omstander': 'Speaking up as a bystander',
  'matching.theme.sociale-normen': 'Social norms',
  'matching.theme.bewustwording': 'Awareness',

  'matching.phase.1': 'exploring',
  'matching.phase.2': 'designing',
  'matching.phase.3': 'developing',
  'matching.phase.4': 'rolling out',
  'matching.phase.5': 'embedding',

  'matching.schoolType.po': 'primary',
  'matching.schoolType.vo': 'secondary',
  'matching.schoolType.mbo': 'mbo',

  'matching.number.3': 'Three',
  'matching.number.4': 'Four',

  'matching.why.quote': '‘{text}’',
  'matching.why.points': '{text}: +{points} points.',
  'matching.why.themes.shared': 'You both work on {themes}',
  'matching.why.themes.sharedObserver': 'Both work on {themes} ({count} of {total} themes)',
  'matching.why.themes.none': 'No themes in common',
  'matching.why.themes.gezelNone': 'You chose no themes yet, so themes do not count',
  'matching.why.themes.gezelNoneObserver': 'The mentee chose no themes, so themes do not count',
  'matching.why.region.same': 'Same region ({region})',
  'matching.why.region.other': 'Different region ({leermeester} and {gezel})',
  'matching.why.phase.one': 'One phase ahead ({leermeester} versus {gezel})',
  'matching.why.phase.two': 'Two phases ahead ({leermeester} versus {gezel})',
  'matching.why.phase.more':
    '{count} phases ahead ({leermeester} versus {gezel}). That is a big step, so this counts half',
  'matching.why.schoolType.same': 'Same type of school ({type})',
  'matching.why.schoolType.other': 'Different type of school ({leermeester} and {gezel})',

  'matching.rule.phaseNotAhead': '{count} not further along',
  'matching.rule.sameSchool': '{count} from the same school',
  'matching.rule.sameBoard': '{count} from the same board',
  'matching.rule.excluded': '{count} declined or excluded before',
  'matching.unmatched.noRoom': 'No mentor has a free place.',
  'matching.unmatched.noneAllowed': 'No mentor fits the fixed rules: {details}.',
  'matching.unmatched.placesUsedOne':
    'One mentor fits, but that place goes to another mentee. This way as many mentees as possible get a good match.',
  'matching.unmatched.placesUsed':
    '{count} mentors fit, but their places go to other mentees. This way as many mentees as possible get a good match.',

  'matching.word.gezel': 'mentee',
  'matching.word.leermeester': 'mentor',

  'matching.input.at': '{where}, field {field}: {message}',
  'matching.input.idMissing': 'The id is missing.',
  'matching.input.schoolMissing': 'The school is missing. Every profile belongs to a school.',
  'matching.input.regionMissing': 'The region is missing.',
  'matching.input.tooLong': 'This is too long: at most {max} characters.',
  'matching.input.schoolType': 'School type must be po, vo or mbo, not "{value}".',
  'matching.input.theme': 'I do not know the theme "{value}". Use: {known}.',
  'matching.input.tooManyThemes': 'Too many themes. There are eight.',
  'matching.input.phase': 'Phase must be 1 to 5 (orienteren to borgen), not "{value}".',
  'matching.input.capacity': 'Capacity must be a whole number from {min} to {max}, not "{value}".',
  'matching.input.weightsShape':
    'Give four weights as numbers: theme, region, phase and schoolType (for example 50, 20, 20 and 10).',
  'matching.input.weightsWhole': 'A weight is a whole percentage from 0 to 100 (or a fraction such as 0.25).',
  'matching.input.weightsSum': 'The four weights must add up to exactly 100%.',
  'matching.input.duplicateId': 'The id "{id}" appears twice.',
  'matching.input.unknownExclusion': 'Exclusion {index} names a {who} that is not in the file: "{id}".',
  'matching.input.shape':
    'The file must be an object with the lists "leermeesters" and "gezellen" (and optionally "exclusions").',
  'matching.input.tooMany': 'Too many profiles: at most {max} per list.',
  'matching.input.notJson': 'The file {file} is not valid JSON.',
  'matching.input.unreadable': 'I cannot read the file {file}.',

  'matching.yes': 'yes',
  'matching.no': 'no',
  'matching.word.gezelCap': 'Mentee',
  'matching.word.leermeesterCap': 'Mentor',
  'matching.schoolTypeLong.po': 'po (primary)',
  'matching.schoolTypeLong.vo': 'vo (secondary)',
  'matching.schoolTypeLong.mbo': 'mbo (vocational)',
  'matching.score': '{score}% match',

  'matching.field.name': 'Name',
  'matching.field.roles': 'Role',
  'matching.field.school': 'School',
  'matching.field.region': 'Region',
  'matching.field.schoolType': 'Type of school',
  'matching.field.phase': 'Phase',
  'matching.field.themes': 'Themes',
  'matching.field.capacity': 'Mentees at a time',
  'matching.field.available': 'Available now',
  'matching.field.source': 'How',

  'matching.form.title': 'Your mentor and mentee profile',
  'matching.form.intro':
    'A mentee learns from a school leader of a school that is further along: the mentor. Fill in where your school stands, so I can find a good match.',
  'matching.form.roles': 'What do you want to be?',
  'matching.form.role.gezel': 'Mentee (I am looking for a mentor)',
  'matching.form.role.leermeester': 'Mentor (I help a mentee)',
  'matching.form.board': 'Board',
  'matching.form.fromSchool': 'Leave empty: I take it from the school',
  'matching.form.themes': 'Which themes do you work on?',
  'matching.form.phase': 'Which phase is your school in?',
  'matching.form.leermeesterOnly': 'For mentors only',
  'matching.form.capacity': 'How many mentees can you help at a time? (1 to 5)',
  'matching.form.availableLabel': 'Availability',
  'matching.form.available': 'I can help a new mentee now',
  'matching.form.submit': 'Save profile',
  'matching.form.error.roles': 'Choose mentee, mentor or both.',
  'matching.form.error.school': 'Choose your school from the list.',
  'matching.form.error.notYourSchool': 'That school is not yours. Choose one of your own schools.',
  'matching.form.error.region': 'Fill in the region (or add it to the school).',
  'matching.form.error.text': 'This is too long.',
  'matching.form.error.schoolType': 'Choose po, vo or mbo.',
  'matching.form.error.themes': 'Choose themes from the list.',
  'matching.form.error.phase': 'Choose a phase from 1 to 5.',
  'matching.form.error.capacity': 'Choose 1 to 5 mentees.',
  'matching.form.noSchools':
    'You are not linked to a school yet. Ask an administrator to link your school to your role.',
  'matching.form.saved': 'Your profile is saved.',

  'matching.profile.title': 'Profile of {name}',
  'matching.profile.none': 'You have no profile yet. Type **my profile** to make one.',
  'matching.profile.pausedText': 'Your profile is paused. You get no new proposals.',
  'matching.profile.statusTitle': 'Your match',
  'matching.profile.pause': 'Your profile is paused. You get no new proposals until you resume it.',
  'matching.profile.resume': 'Your profile is active again.',
  'matching.profile.statusNone': 'You have no open request and no mentor right now.',
  'matching.profile.statusRequested': 'Your request is with {name}. You will hear as soon as they choose.',
  'matching.profile.statusAccepted': '{name} said yes. The broker is taking a quick look.',
  'matching.profile.statusActive': 'Your mentor is {name}, since {date}.',
  'matching.profile.statusLeermeester': 'You now help {count} of {capacity} mentees.',
  'matching.profile.statusOpenForYou': '{count} request(s) wait for your answer.',

  'matching.search.notGezel':
    'Your profile is not set to mentee. Change your profile if you are looking for a mentor.',
  'matching.search.paused': 'Your profile is paused. Resume it first, then I will look for a mentor.',
  'matching.search.alreadyOpen':
    'You already have an open request with {name}. Wait for the answer, or withdraw your request in **my profile**.',
  'matching.search.alreadyOpenShort':
    'You already have an open request. Withdraw it first in **my profile** if you want someone else.',
  'matching.search.alreadyMatched': 'You already have a mentor: {name}.',

  'matching.proposals.title': 'Mentors for you',
  'matching.proposals.intro': 'Best matches {from} to {to} of {total}. Choose one, or ask for more.',
  'matching.proposals.none':
    'I cannot find a mentor who fits and has room right now. Try again later, or ask the broker.',
  'matching.proposals.noMore': 'There are no other mentors who fit and have room.',

  'matching.request.title': 'Will you be a mentor?',
  'matching.request.intro': '{name} is looking for a mentor and chose you.',
  'matching.request.introRound': 'The broker proposes that you become the mentor of {name}.',
  'matching.request.priority': 'This mentee has priority: their previous match did not work.',
  'matching.request.whyTitle': 'Why you fit',
  'matching.request.reasonLabel': 'Reason if you say no (optional)',
  'matching.request.reasonPlaceholder': 'For example: I have no time this half year',
  'matching.request.notAvailable':
    'I cannot propose this mentor now: they are full, paused or no longer fit. Type **find a mentor** for the latest list.',
  'matching.request.sent': 'Your request was sent to {name}. You will hear as soon as they say yes or no.',

  'matching.accept.done': 'Thank you! You are the mentor of {name}. The broker is taking a quick look.',
  'matching.accept.active':
    'Thank you! You are now the mentor of {name}. You both get an introduction message.',
  'matching.accept.full':
    'You have no free place left, so this request cannot go ahead. I gave {name} another proposal.',
  'matching.decline.done': 'Understood. I will let {name} know kindly and will not propose you two again.',
  'matching.withdraw.done': 'Your request is withdrawn. Type **find a mentor** to choose again.',
  'matching.accepted.gezel': 'Good news: {name} wants to be your mentor. The broker is taking a quick look.',
  'matching.withdrawn.leermeester': '{name} withdrew the request. You do not need to do anything.',

  'matching.next.full':
    'Sorry: {name} just ran out of places. That is not about you. Below are other mentors who fit.',
  'matching.next.declined':
    '{name} cannot be your mentor right now. That is a pity, but there are more options. Choose someone else below.',
  'matching.next.rejected':
    'The broker did not choose the match with {name} this time. Below are other mentors who fit.',
  'matching.next.theirWords': 'What {name} added: “{reason}”',

  'matching.approval.title': 'Approve a match',
  'matching.approval.intro': '{leermeester} wants to be the mentor of {gezel}. Do you approve this match?',
  'matching.source.request': 'The mentee chose',
  'matching.source.round': 'From a round',
  'matching.approve.done': 'Approved. {gezel} and {leermeester} get an introduction message.',
  'matching.reject.done': 'Rejected. I will let {gezel} and {leermeester} know.',
  'matching.rejected.leermeester':
    'The broker did not choose your match with {name} this time. Your place is free again.',

  'matching.intro.title': 'Introduction 🤝',
  'matching.intro.toGezel': 'Your match is ready! {name} is your mentor.',
  'matching.intro.toLeermeester': 'Your match is ready! You are the mentor of {name}.',
  'matching.intro.firstStepTitle': 'First step',
  'matching.intro.firstStepGezel':
    'Send {name} a message this week and plan a first talk of one hour. Bring your route map and choose one theme to start with.',
  'matching.intro.firstStepLeermeester':
    '{name} will contact you this week for a first talk. Tell them how your school handled the phase {name} is in.',
  'matching.intro.checkIn': 'In a few weeks I will ask you both whether the match works well.',

  'matching.checkIn.title': 'Is this a good match?',
  'matching.checkIn.intro':
    'You have worked together for a while now. Does the match with {name} work well for you?',
  'matching.checkIn.noText': 'If you say no, the match ends. A mentee then gets priority for a new mentor.',
  'matching.checkIn.badAnswer': 'Choose yes or no.',
  'matching.checkIn.yes': 'Good to hear! Good luck together.',
  'matching.checkIn.noGezel':
    'Thank you for your honest answer. The match has ended. You get priority: type **find a mentor** for a new one.',
  'matching.checkIn.noLeermeester':
    'Thank you for your honest answer. The match has ended and your place is free again.',
  'matching.ended.gezel':
    'The match with {name} has ended. You get priority for a new mentor: type **find a mentor**.',
  'matching.ended.leermeester': 'The match with {name} has ended. Your place is free again.',

  'matching.reason.request': 'You get this message because {name} chose you as mentor.',
  'matching.reason.requestRound': 'You get this message because the broker proposes you as mentor of {name}.',
  'matching.reason.withdrawn': 'You get this message because {name} withdrew a request to you.',
  'matching.reason.accepted': 'You get this message because {name} said yes to your request.',
  'matching.reason.full': 'You get this message because your request to {name} cannot go ahead.',
  'matching.reason.declined': 'You get this message because {name} answered your request.',
  'matching.reason.rejected': 'You get this message because the broker reviewed your match with {name}.',
  'matching.reason.rejectedLeermeester':
    'You get this message because the broker reviewed your match with {name}.',
  'matching.reason.approval':
    'You get this message because you are an administrator and {leermeester} and {gezel} both said yes.',
  'matching.reason.intro': 'You get this message because your match with {name} is ready.',
  'matching.reason.checkIn':
    'You get this message because your match with {name} has now run for {weeks} weeks.',
  'matching.reason.ended': 'You get this message because {name} said the match does not work well.',
  'matching.reason.roundGezel': 'You get this message because the broker made a round of mentor matches.',

  'matching.status.already.requested': 'This request is still waiting for the mentor.',
  'matching.status.already.accepted': 'This request was already accepted.',
  'matching.status.already.active': 'This match is already running.',
  'matching.status.already.declined': 'This request was already declined.',
  'matching.status.already.withdrawn': 'This request was already withdrawn.',
  'matching.status.already.full': 'This request could not go ahead: the mentor was full.',
  'matching.status.already.rejected': 'The broker already rejected this match.',
  'matching.status.already.ended': 'This match has already ended.',
  'matching.error.notYours': 'This button is not meant for you.',
  'matching.error.unknownMatch':
    'I do not know this request (any more). Type **my profile** to see where you stand.',

  'matching.round.title': 'Round: matching mentees',
  'matching.round.draft':
    'This is a proposal. Remove pairs if needed: I will calculate again. Publish when it is right.',
  'matching.round.published': 'This round is published. The mentors have received a request.',
  'matching.round.gezellen': 'Waiting mentees',
  'matching.round.leermeesters': 'Mentors with room',
  'matching.round.places': '{count} places',
  'matching.round.matched': 'Matched',
  'matching.round.average': 'Average match',
  'matching.round.removed': 'Pairs removed',
  'matching.round.pairsTitle': 'Proposed pairs',
  'matching.round.priority': 'priority',
  'matching.round.noPairs': 'No pairs are possible.',
  'matching.round.unmatchedTitle': 'Without a mentor ({count})',
  'matching.round.page': 'Page {page} of {pages}',
  'matching.round.unknown': 'I do not know this round. Type **verdeel gezellen** for a new one.',
  'matching.round.unknownPair': 'This pair is not (or no longer) in the round.',
  'matching.round.stale': 'This card is not the latest version of the round. Use the latest card.',
  'matching.round.alreadyPublished': 'This round is already published.',
  'matching.round.publishedDone':
    '{sent} requests were sent. I skipped {skipped} mentees: they already had a request of their own.',
  'matching.round.gezelInfo':
    'The broker proposes {name} as your mentor. {name} now gets a request. You will hear as soon as they say yes or no.',

  'matching.settings.title': 'Matching settings',
  'matching.settings.intro':
    'How much does each point count? Together 100%. Default: themes 50, region 20, phase 20, type of school 10.',
  'matching.settings.theme': 'Shared themes (%)',
  'matching.settings.region': 'Same region (%)',
  'matching.settings.phase': 'Fitting phase (%)',
  'matching.settings.schoolType': 'Same type of school (%)',
  'matching.settings.approvalLabel': 'Approval',
  'matching.settings.approval': 'The broker approves every match',
  'matching.settings.weeks': 'After how many weeks ask whether the match is good?',
  'matching.settings.submit': 'Save settings',
  'matching.settings.error.weeks': 'Choose 1 to 52 weeks.',
  'matching.settings.saved':
    'Saved. Weights: themes {theme}, region {region}, phase {phase}, type of school {schoolType}. Approval: {approval}. Check after {weeks} weeks.',

  'matching.button.search': 'Find a mentor',
  'matching.button.edit': 'Edit profile',
  'matching.button.pause': 'Pause',
  'matching.button.resume': 'Resume',
  'matching.button.withdraw': 'Withdraw request',
  'matching.button.choose': 'Choose {name}',
  'matching.button.more': 'More mentors',
  'matching.button.profile': 'My profile',
  'matching.button.accept': 'Yes, I will',
  'matching.button.decline': 'No, rather not',
  'matching.button.approve': 'Approve',
  'matching.button.reject': 'Reject',
  'matching.button.yes': 'Yes, it works',
  'matching.button.no': 'No, rather stop',
  'matching.button.removePair': 'Remove this pair',
  'matching.button.publish': 'Publish ({count} pairs)',
  'matching.button.prev': 'Previous',
  'matching.button.next': 'Next',

  'matching.import.line': 'line {line}: {message}',
  'matching.import.csvBroken':
    'The CSV file is broken around line {line} (for example a quote that does not close).',
  'matching.import.empty': 'The file is empty.',
  'matching.import.header':
    'The header row is wrong. Unknown columns: {unknown}. Use: {known} (id is required).',
  'matching.import.columns': '{count} columns, the header has {expected}.',
  'matching.import.jsonBroken': 'The file is not valid JSON.',
  'matching.import.jsonShape': 'The JSON must be a list of profiles, or an object with "profiles".',
  'matching.import.tooMany': 'Too many rows: at most {max}.',
  'matching.import.role': 'role must be leermeester, gezel or beide, not "{value}".',
  'matching.import.id': 'the id (Entra ID object id) is missing or wrong: "{value}".',
  'matching.import.unknownSchool': 'the school "{value}" is not in the list of schools.',
  'matching.import.duplicate': 'id {id} is also on line {first}.',
  'matching.import.available': 'available must be ja or nee, not "{value}".',
  'matching.import.nothing': 'Nothing imported: {count} problem(s) in {file}.',
  'matching.import.dryRun': 'Dry run: {created} new and {updated} updated. Nothing was saved.',
  'matching.import.done': 'Imported: {created} new and {updated} updated.',
};

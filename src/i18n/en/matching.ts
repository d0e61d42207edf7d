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
};

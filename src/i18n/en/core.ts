import type { core as nlCore } from '../nl/core';

export const core: Record<keyof typeof nlCore, string> = {
  'app.name': 'Kansenwijzer',
  'app.tagline':
    'Your assistant for equal opportunity, diversity and inclusion in Dutch vocational education (mbo)',

  'welcome.title': 'Welcome to Kansenwijzer 👋',
  'welcome.personal':
    'Hi {name}! I help you with the mbo programmes on equal opportunity. Just type what you want to know or do.',
  'welcome.personalNoName':
    'Hi! I help you with the mbo programmes on equal opportunity. Just type what you want to know or do.',
  'welcome.team':
    'Hello everyone! I am Kansenwijzer. Mention me (@Kansenwijzer) in a message and I will help with the equal opportunity programmes.',
  'welcome.tryHelp': 'Type **help** to see what I can do.',
  'welcome.helpButton': 'What can I ask?',

  'help.title': 'What can Kansenwijzer do?',
  'help.intro': 'Type one of the examples, or say in your own words what you are looking for.',
  'help.soon': 'coming soon',
  'help.examples': 'Try (commands are in Dutch):',
  'help.job.aanmelding.title': 'Apply for a programme',
  'help.job.aanmelding.text':
    'Apply on behalf of your school step by step. Your draft is saved and you can follow its status.',
  'help.job.aanmelding.examples': 'aanmelden · verder met aanmelding · status',
  'help.job.logboek.title': 'Intervention log',
  'help.job.logboek.text':
    'Tell me in one message what you did with a school. I turn it into a record for you to confirm.',
  'help.job.logboek.examples':
    '“gisteren 24 studenten op bedrijfsbezoek bij Albeda” (write it in Dutch) · nieuwe update · mijn updates · overzicht',
  'help.job.matching.title': 'Find a mentor (leermeester)',
  'help.job.matching.text':
    'Find a leader of a school that is further along, with an explanation of why you fit.',
  'help.job.matching.examples': 'zoek een leermeester · mijn profiel',
  'help.job.faq.title': 'Questions about the programmes',
  'help.job.faq.text':
    'Ask your question in plain words. I answer with the source, or honestly say that I do not know.',
  'help.job.faq.examples': 'when will we hear if we are selected? · what is a leermeester?',
  'help.admin.title': 'For administrators',
  'help.admin.text':
    'Assign roles, manage schools and rounds, review applications and handle questions without a good answer.',
  'help.admin.examples': 'beheer · rollen · scholen · rondes · aanmeldingen · faq beheer',
  'help.footer':
    'You can always type **help**. To see what I keep about you, type **my data**. The bot speaks Dutch when Teams is set to Dutch.',

  'unknown.text':
    'I do not understand that yet. Try other words, or type **help** to see everything I can do.',
  'unknown.empty': 'I see no text in your message. Type what you want to know, or **help**.',
  'unknown.tooLong':
    'Your message is very long ({length} characters). Could you shorten it to {max} characters?',
  'unknown.soon': 'This part ({feature}) is coming soon. Type **help** to see what already works.',
  'unknown.cardAction':
    'This button belongs to a card that is no longer valid. Type **help** to start again.',

  'error.generic':
    'Sorry, something went wrong on my side. Please try again in a moment. If it keeps happening, tell the kennispunt.',
  'error.storeUnavailable':
    'I cannot save your data right now. Nothing is lost: please try again in a minute.',
  'error.stateNotSaved':
    'Note: I could not remember where we were in this conversation just now. What I confirmed above is saved. If the next step gets stuck, try again in a minute.',
  'error.yourMessage': 'This was your message. Copy it so you can send it again in a moment:',
  'error.forbidden':
    'Only someone with the role **{role}** can do this. Ask an administrator to give you that role.',
  'error.tenant':
    'Sorry, Kansenwijzer is only available to the participating organisations. Your organisation is not on the list.',
  'error.validation': 'Some fields are not right yet. Look at the notes in the card.',
  'error.conflict': 'Someone else just changed this. Look at the latest version and try again.',
  'error.noIdentity': 'I cannot tell who you are. Please open Kansenwijzer in Teams with your work account.',

  'role.medewerker': 'staff member',
  'role.coach': 'coach',
  'role.schoolleider': 'school leader',
  'role.beoordelaar': 'reviewer',
  'role.beheerder': 'administrator',

  'admin.title': 'Administration',
  'admin.intro': 'Give someone a role or link a school, and manage the list of schools.',
  'admin.roles.title': 'Roles',
  'admin.roles.empty': 'Nobody has an extra role yet. Everyone is a staff member.',
  'admin.roles.assign.title': 'Give or remove a role',
  'admin.roles.person': 'Or enter the object id (Entra ID)',
  'admin.roles.personPlaceholder': '00000000-0000-0000-0000-000000000000',
  'admin.roles.personError': 'This is not a complete object id. Better pick the person from the list.',
  'admin.roles.personMissing': 'Pick a person from the list first.',
  'admin.roles.personUnknown':
    'I do not know anyone with this object id, and I do not create people I do not know. Ask the person to send Kansenwijzer a message first, or search by name.',
  'admin.roles.people.intro':
    'Pick the person. The list shows people Kansenwijzer knows: they have talked to the bot or already have a role.',
  'admin.roles.people.introTeam':
    'Pick the person. The list shows the members of this team and people who have talked to Kansenwijzer.',
  'admin.roles.people.search': 'Search by name',
  'admin.roles.people.searchPlaceholder': 'For example: Fatima',
  'admin.roles.people.find': 'Search',
  'admin.roles.people.pick': 'Person',
  'admin.roles.people.pickPlaceholder': 'Pick a person',
  'admin.roles.people.noneFound': 'I find nobody with "{query}" in their name. Try part of the name.',
  'admin.roles.people.noneYet':
    'Nobody has talked to Kansenwijzer yet. Ask the person to send the bot "hello" first. Then they show up here.',
  'admin.roles.role': 'Role',
  'admin.roles.schools': 'Schools (for a coach or school leader)',
  'admin.roles.action': 'What do you want to do?',
  'admin.roles.action.add': 'Give role',
  'admin.roles.action.remove': 'Remove role',
  'admin.roles.submit': 'Save',
  'admin.roles.saved': '{name} now has these roles: {roles}.',
  'admin.roles.savedSchools': 'Linked schools: {schools}.',
  'admin.roles.noSchools': 'none',
  'admin.roles.tooManySchools':
    'A coach works with at most {max} schools. You chose {count}. Remove one first.',
  'admin.roles.unknownSchool': 'I do not know that school. Pick a school from the list.',
  'admin.roles.lastBeheerder': 'You cannot remove your own administrator role. Ask another administrator.',
  'admin.roles.column.person': 'Person',
  'admin.roles.column.roles': 'Roles',
  'admin.roles.column.schools': 'Schools',
  'admin.roles.bootstrap': '(administrator via settings)',
  'admin.schools.title': 'Schools',
  'admin.schools.empty': 'There are no schools yet. Add one, or import a CSV file with the CLI.',
  'admin.schools.add.title': 'Add or change a school',
  'admin.schools.id': 'School',
  'admin.schools.newSchool': 'New school',
  'admin.schools.name': 'Name',
  'admin.schools.nameError': 'Enter the name of the school (2 to 120 characters).',
  'admin.schools.shortNames': 'Abbreviations and informal names (comma separated)',
  'admin.schools.brin': 'BRIN code (optional)',
  'admin.schools.brinError': 'A BRIN code has 4 characters, like 25LX.',
  'admin.schools.region': 'Region',
  'admin.schools.board': 'Board',
  'admin.schools.submit': 'Save school',
  'admin.schools.saved': 'School **{name}** has been saved.',
  'admin.schools.count': '{count} schools',
  'admin.button.roles': 'View roles',
  'admin.button.schools': 'View schools',
  'admin.button.assign': 'Give a role',
  'admin.button.addSchool': 'Add a school',
};

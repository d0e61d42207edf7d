import type { privacy as nlPrivacy } from '../nl/privacy';

export const privacy: Record<keyof typeof nlPrivacy, string> = {
  'privacy.mine.title': 'What Kansenwijzer keeps about you',
  'privacy.mine.intro': 'Below is everything I keep about you, part by part.',
  'privacy.mine.nothing': 'I keep nothing about you.',
  'privacy.mine.failed': 'I could not fetch part of it just now. Please try again in a minute.',
  'privacy.mine.retention':
    'Where you are in a conversation is kept for at most {days} days after your last step.',
  'privacy.mine.eraseButton': 'Delete my data',

  'privacy.profile.title': 'Your profile',
  'privacy.profile.name': 'Name: {name}',
  'privacy.profile.roles': 'Roles: {roles}',
  'privacy.profile.schools': 'Schools: {schools}',
  'privacy.profile.updated': 'Last changed: {date}',

  'privacy.chat.title': 'Your chat with Kansenwijzer',
  'privacy.chat.reference':
    'I know how to send you a message in this chat. Language: {language}. Updated on {date}.',
  'privacy.chat.name': 'Your name in Teams: {name}. It lets a beheerder find you when giving you a role.',
  'privacy.chat.blocked': 'You removed the app, so I do not send you messages.',
  'privacy.chat.steps': 'I remember where you left off in: {parts}.',
  'privacy.chat.noSteps': 'I do not remember any step you are working on.',
  'privacy.chat.messageIds':
    'I keep the ids of your last {count} messages so I can spot a duplicate. I do not keep their text there.',
  'privacy.language.nl': 'Dutch',
  'privacy.language.en': 'English',

  'privacy.authorship.title': 'Changes you made',
  'privacy.authorship.counts':
    '{schools} schools and {roles} roles of other people say you were the last to change them.',

  'privacy.logboek.title': 'Your updates in the intervention logbook',
  'privacy.logboek.updates':
    'You logged {count} updates for {schools} schools. If your data is deleted, the updates stay for the programme, but without your name.',
  'privacy.logboek.pause': 'Your reminders are paused until {until}.',
  'privacy.matching.title': 'Leermeester-gezel',
  'privacy.matching.profile': 'Your profile: {school}, region {region}.',
  'privacy.matching.pairs':
    'You are in {count} pairs (including past ones). If your data is deleted, running pairs end and your name is removed from them.',

  'privacy.aanmelding.title': 'Applications and reviews',
  'privacy.aanmelding.lines':
    'Your name is in {count} applications or reviews. If your data is deleted, they stay for the programme, but without your name.',
  'privacy.faq.title': 'Frequently asked questions',
  'privacy.faq.lines':
    'Your name is on {count} changes to the frequently asked questions. If your data is deleted, the changes stay, without your name.',

  'privacy.erase.title': 'Delete your data?',
  'privacy.erase.intro': 'This is what I will delete:',
  'privacy.erase.warning':
    'This cannot be undone. If you had a role, such as coach, a beheerder has to give it to you again.',
  'privacy.erase.bootstrap': 'You stay beheerder, because the app settings say so.',
  'privacy.erase.confirm': 'Yes, delete everything',
  'privacy.erase.cancel': 'No, keep it',
  'privacy.erase.nothing': 'I keep nothing about you, so there is nothing to delete.',
  'privacy.erase.done':
    'Done: your data has been deleted. If you message me again, I will only keep what I need to help you.',
  'privacy.erase.partial':
    'Part of it was deleted, but not all. Nothing is lost. Type **delete my data** in a minute to finish.',
  'privacy.erase.cancelled': 'OK, I deleted nothing.',
  'privacy.erase.expired': 'This button no longer works. Type **delete my data** to start again.',
};

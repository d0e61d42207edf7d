import type { faq as nlFaq } from '../nl/faq';

/** English for the FAQ. */
export const faq: Record<keyof typeof nlFaq, string> = {
  'faq.answer.source': 'Source: {title}, {section}',
  'faq.answer.followUps': 'More on this',
  'faq.answer.helpful': 'Was this helpful?',
  'faq.answer.up': '👍 Yes',
  'faq.answer.down': '👎 No',

  'faq.suggest.title': 'Did you mean…?',
  'faq.suggest.intro': "I'm not sure what you mean. Pick the question that fits best.",
  'faq.suggest.none': 'None of these',

  'faq.unknown': "I don't know that. I would rather give no answer than a wrong one.",
  'faq.unknown.next':
    'Try other words, and name the programme (such as GKDI or OA). Or contact the knowledge centre (kennispunt).',
  'faq.unknown.logged': 'I have passed your question on, so the knowledge centre can add an answer.',
  'faq.unknown.notLogged':
    'I could not pass your question on just now. Please ask again later, or contact the knowledge centre.',
  'faq.noWords': "I don't see any words in your message. Type your question and I'll look for the answer.",
  'faq.live.deadline.open': 'You can apply for {round} until {closes}.',
  'faq.live.deadline.upcoming':
    'The next round, {round}, opens on {opens}. You can then apply until {closes}.',
  'faq.live.decision': 'You hear by {date} at the latest whether your school can take part.',
  'faq.live.places': '{round} has room for {places} schools or locations.',
  'faq.live.budget':
    'In {round} a school gets {amount} working budget per school year, and puts in at least {own} of its own per school year.',
  'faq.live.over': 'That round is over.',
  'faq.live.overIn': 'That was the {year} round, which is over.',
  'faq.live.noneOpen': 'No round is open right now.',
  'faq.tooLong':
    'Your message is very long ({length} characters). Please ask in one or two sentences, up to {max} characters.',

  'faq.feedback.up': 'Glad it helped! 👍',
  'faq.feedback.down':
    'Thanks. I am putting your question on the list for the knowledge centre, to improve the answer.',
  'faq.none.logged':
    "Too bad. Then I don't know the answer yet. I have passed your question on to the knowledge centre. You can also try other words.",
  'faq.unknownEntry': 'This answer no longer exists. Please ask your question again.',
  'faq.invalidAction': 'This button no longer works. Please ask your question again.',

  'faq.review.title': 'Questions without a good answer',
  'faq.review.intro':
    '{count} open. Link a question to an existing answer, write a new answer, or dismiss it.',
  'faq.review.empty': 'No open questions. 🎉',
  'faq.review.more': '{count} more questions are waiting. Handle these first.',
  'faq.review.meta': 'asked {count}× · last on {date} · {reasons}',
  'faq.review.reason.unanswered': 'no answer',
  'faq.review.reason.none-of-these': '“none of these”',
  'faq.review.reason.thumbs-down': '👎',
  'faq.review.alsoAsked': 'Also asked: {questions}',
  'faq.review.disliked': '👎 on the answer: {question}',
  'faq.review.link': 'Link to answer',
  'faq.review.linkChoice': 'Which answer fits this question?',
  'faq.review.linkTyped': 'Not listed? Type the id of the answer',
  'faq.review.linkSubmit': 'Link',
  'faq.review.new': 'New answer',
  'faq.review.dismiss': 'Dismiss',
  'faq.review.refresh': 'Refresh list',
  'faq.review.linked':
    'Linked to “{question}”. This question gets that answer from now on ({count} new phrasing(s)).',
  'faq.review.created':
    'Saved: “{question}”. The answer works right away. Write it to the files later with `npm run cli -- faq export`.',
  'faq.review.dismissed': 'The question was removed from the list.',
  'faq.review.dismissedGroup': 'The question and the ones like it were removed from the list.',
  'faq.review.unknown': 'That question is no longer on the list.',
  'faq.review.alreadyDone':
    'This question was already handled, maybe by someone else. Type **faq beheer** for the current list.',
  'faq.review.chooseEntry': 'First choose an answer to link the question to.',

  'faq.form.title': 'Write a new answer',
  'faq.form.intro': 'Write in plain Dutch. Put the short answer first.',
  'faq.form.question': 'Question',
  'faq.form.alternates': 'Other ways to ask it (one per line)',
  'faq.form.answer': 'Short answer (one or two sentences)',
  'faq.form.detail': 'More explanation (may stay empty)',
  'faq.form.programme': 'Programme',
  'faq.form.source': 'Source',
  'faq.form.section': 'Heading or chapter in the source',
  'faq.form.submit': 'Save',
  'faq.form.questionError': 'Write a question of 5 to 200 characters.',
  'faq.form.answerError': 'Write a short answer of 2 to 600 characters.',
  'faq.form.detailError': 'The explanation is too long: 3000 characters at most.',
  'faq.form.programmeError': 'Choose a programme.',
  'faq.form.sourceError': 'Choose a source from the list.',
  'faq.form.sectionError': 'Fill in the heading in the source.',
  'faq.form.alternatesError': 'There is too much text in the other phrasings.',

  'faq.programme.gkdi': 'GKDI support track',
  'faq.programme.oa': 'OnderwijsAlliantie',
  'faq.programme.passend-onderwijs': 'Inclusive education and bpv',
  'faq.programme.inclusief-advies': 'Inclusive advice',
  'faq.programme.mbo-raad': 'MBO Raad in general',
  'faq.programme.kansenwijzer': 'Kansenwijzer',
};

import type { aanmelding as nl } from '../nl/aanmelding';

/** English twin of ../nl/aanmelding.ts. */
export const aanmelding: Record<keyof typeof nl, string> = {
  'aanmelding.status.concept': 'Draft',
  'aanmelding.status.ingediend': 'Submitted',
  'aanmelding.status.aanvulling-gevraagd': 'More information requested',
  'aanmelding.status.in-beoordeling': 'Under review',
  'aanmelding.status.geselecteerd': 'Selected',
  'aanmelding.status.niet-geselecteerd': 'Not selected',
  'aanmelding.statusCard.decision': 'Decision',

  'aanmelding.mechanism.empowerment': 'Effectiveness and empowerment',
  'aanmelding.mechanism.zoekgedrag': 'Help with looking for work',
  'aanmelding.mechanism.student-kent-werkgever': 'Student gets to know the employer',
  'aanmelding.mechanism.werkgever-kent-student': 'Employer gets to know the student',
  'aanmelding.mechanism.objectief-werven': 'Objective recruitment and selection',
  'aanmelding.mechanism.omstander': 'Speaking up as a bystander',
  'aanmelding.mechanism.sociale-normen': 'Social norms',
  'aanmelding.mechanism.bewustwording': 'Awareness',
  'aanmelding.projectRole.bestuurders': 'Board members',
  'aanmelding.projectRole.docenten': 'Teachers',
  'aanmelding.projectRole.beleidsadviseurs': 'Policy advisers',
  'aanmelding.projectRole.coaches': 'Coaches',
  'aanmelding.projectRole.onderzoekers': 'Researchers',
  'aanmelding.projectRole.experts': 'Subject experts',

  'aanmelding.start.title': 'Apply for a programme',
  'aanmelding.start.intro':
    'Apply for your school in six short steps. I save your draft after every step, so you can stop and continue later.',
  'aanmelding.start.introNone':
    'No round is open for applications right now. Below you can see when the next round opens, if there is one.',
  'aanmelding.start.introEmpty':
    'No round is open, and no new round has been planned yet. As soon as the programme team opens one, you can apply here. Until then, just ask your questions about the programme here in the chat.',
  'aanmelding.start.introMine': 'You are already working on an application. Continue it, or start a new one.',
  'aanmelding.start.button': 'Start application',
  'aanmelding.start.continue': 'Continue application',
  'aanmelding.start.view': 'View',
  'aanmelding.start.fact.closes': 'Apply until',
  'aanmelding.start.fact.opens': 'Applications open',
  'aanmelding.start.fact.closed': 'Closed since',
  'aanmelding.start.fact.decision': 'Decision by',
  'aanmelding.start.fact.places': 'Places',
  'aanmelding.start.fact.placesValue': '{places} schools',
  'aanmelding.start.fact.budget': 'Working budget',
  'aanmelding.start.fact.budgetValue':
    '{perYear} per school year, if you contribute at least {own} yourselves',
  'aanmelding.start.mineDraft': 'Draft for {school}',
  'aanmelding.start.mineDraftDetail': '{round} · {done} of {total} steps done · saved on {at}',
  'aanmelding.start.mineOther': '{school}: {status}',
  'aanmelding.start.mineOtherDetail': '{round}',
  'aanmelding.start.footer': 'Questions about the programme? Just ask them here in the chat.',
  'aanmelding.resume.none':
    'You have no draft application. Type **aanmelden** to start one, or **status** to see your submitted applications.',

  'aanmelding.step.progress': 'Step {n} of {total}',
  'aanmelding.step.school.title': 'School and contact person',
  'aanmelding.step.school.intro':
    'Which school are you applying for? And who can we contact about the application?',
  'aanmelding.step.vraagstuk.title': 'Your challenge',
  'aanmelding.step.vraagstuk.intro':
    'Which challenge does your school want support with? Tell us what is going on, for which students, and what you want to achieve.',
  'aanmelding.step.stappen.title': 'What you already did',
  'aanmelding.step.stappen.intro':
    'Which steps has your school already taken on this challenge? Think of plans, projects, research or agreements.',
  'aanmelding.step.projectgroep.title': 'The project group',
  'aanmelding.step.projectgroep.intro':
    'At every school a project group of people in different roles works on the challenge. Who do you want in it?',
  'aanmelding.step.bijdrage.title': 'Own contribution',
  'aanmelding.step.bijdrage.intro':
    'A selected school receives a working budget of {perYear} per school year. The school adds at least {own} per school year itself.',
  'aanmelding.step.overig.title': 'Anything else?',
  'aanmelding.step.overig.intro':
    'Is there anything else that matters for your application? This is optional.',
  'aanmelding.step.schoolLine': 'School: **{school}**',
  'aanmelding.step.save': 'Save and continue',
  'aanmelding.step.saveLast': 'Save and review',
  'aanmelding.step.back': 'Previous step',
  'aanmelding.step.toReview': 'To the overview',
  'aanmelding.step.savedNote':
    'Your draft is saved as soon as you click **Save**. Continue later? Type **verder met aanmelding**.',
  'aanmelding.step.storeError':
    'I cannot save this step right now. Your text is still below. Please try again in a minute.',

  'aanmelding.field.school.label': 'School',
  'aanmelding.field.school.placeholder': 'Choose your school',
  'aanmelding.field.school.hint': 'Is your school missing? Ask an administrator to add it.',
  'aanmelding.field.contactName.label': 'Name of the contact person',
  'aanmelding.field.contactRole.label': 'Job title',
  'aanmelding.field.contactRole.placeholder': 'For example team leader or policy adviser',
  'aanmelding.field.contactEmail.label': 'Email address',
  'aanmelding.field.contactEmail.placeholder': 'name@school.nl',
  'aanmelding.field.contactPhone.label': 'Phone number',
  'aanmelding.field.contactPhone.placeholder': '06 12345678',
  'aanmelding.field.locations.label': 'Location or locations',
  'aanmelding.field.locations.hint':
    'Are you applying for the whole school, or for one or more locations? Name them here.',
  'aanmelding.field.vraagstuk.label': 'The challenge',
  'aanmelding.field.vraagstuk.hint': 'Write {min} to {max} characters.',
  'aanmelding.field.mechanisms.label':
    'Which mechanisms from the toolbox does your challenge touch? (optional)',
  'aanmelding.field.mechanisms.hint':
    'From the toolbox ‘Gelijke kansen naar de toekomst’. Other approaches are welcome too.',
  'aanmelding.field.stepsTaken.label': 'Steps you already took',
  'aanmelding.field.stepsTaken.hint': 'Write {min} to {max} characters.',
  'aanmelding.field.projectRoles.label': 'Which roles will be in the project group?',
  'aanmelding.field.projectRoles.hint': 'Choose at least {min} roles: the project group is broadly composed.',
  'aanmelding.field.projectNames.label': 'Names, if you know them (optional)',
  'aanmelding.field.projectNames.placeholder': 'For example: Sanne (teacher), Ahmed (policy adviser)',
  'aanmelding.field.ownContribution.label': 'Own contribution',
  'aanmelding.field.ownContribution.title': 'We will contribute at least {own} per school year ourselves.',
  'aanmelding.field.ownContributionNote.label': 'How will you fund your own contribution? (optional)',
  'aanmelding.field.otherNotes.label': 'Anything else you want to tell us? (optional)',
  'aanmelding.field.empty': '—',
  'aanmelding.field.yes': 'Yes, confirmed',

  'aanmelding.error.school': 'Choose a school from the list.',
  'aanmelding.error.contactName': 'Enter a name ({min} to {max} characters).',
  'aanmelding.error.contactRole': 'Enter a job title ({min} to {max} characters).',
  'aanmelding.error.contactEmail': 'Enter a valid email address, such as name@school.nl.',
  'aanmelding.error.contactPhone': 'Enter a phone number with 10 to 15 digits, such as 06 12345678.',
  'aanmelding.error.locations': 'Name the location or locations ({min} to {max} characters).',
  'aanmelding.error.vraagstuk': 'Describe the challenge in {min} to {max} characters.',
  'aanmelding.error.mechanisms': 'Only choose mechanisms from the list.',
  'aanmelding.error.stepsTaken': 'Describe the steps in {min} to {max} characters.',
  'aanmelding.error.projectRoles': 'Choose at least {min} roles from the list.',
  'aanmelding.error.projectNames': 'Please shorten the names (at most {max} characters).',
  'aanmelding.error.ownContribution':
    'Tick the box to confirm the own contribution. Without it your school cannot take part.',
  'aanmelding.error.ownContributionNote': 'Please shorten the explanation (at most {max} characters).',
  'aanmelding.error.otherNotes': 'Please shorten your text (at most {max} characters).',
  'aanmelding.error.answer': 'Write an answer of {min} to {max} characters.',

  'aanmelding.error.unknownRound': 'I do not know that round. Type **aanmelden** to see the open rounds.',
  'aanmelding.error.unknownApplication':
    'I cannot find that application. Type **status** to see your applications.',
  'aanmelding.error.draftGone':
    'This draft no longer exists. Perhaps someone discarded it. Type **aanmelden** to start again.',
  'aanmelding.error.notYours':
    'You are not working on this application. Type **aanmelden** and choose the school to see who is working on it.',
  'aanmelding.error.notDraft':
    'This application has already been submitted, so it can no longer be changed. Type **status** to see where it stands.',
  'aanmelding.error.incomplete': 'Not all steps are filled in yet.',
  'aanmelding.error.transition':
    'That is no longer possible for this application. Type **status** to see where it stands.',
  'aanmelding.error.notUnderReview': 'This application is no longer under review. A decision has been made.',
  'aanmelding.error.notSubmitted': 'This application has not been submitted yet.',
  'aanmelding.error.unknownQuestion': 'I cannot find that question for this application.',
  'aanmelding.error.alreadyAnswered':
    'This question has already been answered. Type **status** to see the answer.',
  'aanmelding.error.notAwaitingAnswer':
    'A decision has already been made on this application, so an answer is no longer possible. Type **status** for more.',
  'aanmelding.error.noFollowUp':
    'You can ask for a conversation about other support when your school was not selected.',
  'aanmelding.error.noSchools':
    'There are no schools in the list yet, so applying is not possible yet. Ask an administrator to add your school.',

  'aanmelding.round.notOpenYet': 'Applications for **{round}** open on {opens}. They close on {closes}.',
  'aanmelding.round.closed':
    'Applications for **{round}** closed on {closes}. New applications and changes are no longer possible.',
  'aanmelding.round.closedDraft':
    'Applications for **{round}** closed on {closes}. Your draft was not submitted. You can still read it.',

  'aanmelding.taken.title': '{school} already has an application',
  'aanmelding.taken.draft':
    'An application for {school} has already been started in this round. {names} is working on it. There is one application per school, so you can join in.',
  'aanmelding.taken.submitted':
    'The application for {school} in this round was already submitted by {name}. There is one application per school.',
  'aanmelding.taken.fact.status': 'Status',
  'aanmelding.taken.fact.updated': 'Last updated',
  'aanmelding.taken.fact.by': 'By',
  'aanmelding.taken.hint': 'If you join, the others get a message about it.',
  'aanmelding.taken.join': 'Work on this application',
  'aanmelding.joined': 'You are now working on the application for **{school}**.',

  'aanmelding.review.title': 'Check your application',
  'aanmelding.review.readonlyTitle': 'Application {school}',
  'aanmelding.review.statusLine': '{school} · {status} · updated on {at} by {name}',
  'aanmelding.review.incomplete': 'Not everything is filled in yet. First complete these steps: {steps}.',
  'aanmelding.review.ready':
    'Everything is filled in. After submitting you cannot change anything. By {decision} you will hear whether your school is selected.',
  'aanmelding.review.together': 'You are working together with: {names}.',
  'aanmelding.review.stale':
    'Someone just changed the application. Here is the newest version. Check it, then submit.',
  'aanmelding.review.missing': 'Not filled in yet',
  'aanmelding.review.edit': 'Edit',
  'aanmelding.review.submit': 'Submit',
  'aanmelding.review.discard': 'Discard draft',
  'aanmelding.review.questions': 'Questions from the expert group',
  'aanmelding.review.question': 'Question from {name}, {at}',
  'aanmelding.review.answer': 'Answer from {name}, {at}',
  'aanmelding.review.answerLabel': 'Answer',
  'aanmelding.review.noAnswer': 'Not answered yet',
  'aanmelding.review.decision': 'Decision',
  'aanmelding.review.decisionBy': '{status} on {at} by {name}',
  'aanmelding.review.history': 'History',
  'aanmelding.review.status': 'View status',

  'aanmelding.submitted.title': 'Your application has been submitted ✅',
  'aanmelding.submitted.intro': 'Thank you! The application for **{school}** for {round} has been received.',
  'aanmelding.submitted.reference': 'Reference',
  'aanmelding.submitted.at': 'Submitted on',
  'aanmelding.submitted.nextTitle': 'What happens next?',
  'aanmelding.submitted.next1':
    '1. The expert group reads your application and assesses it against the criteria of this round.',
  'aanmelding.submitted.next2': '2. We may ask a question. You get it here in the chat and answer in a card.',
  'aanmelding.submitted.next3':
    '3. By {decision} you will hear whether your school is selected. There are {places} places.',
  'aanmelding.submitted.next4': 'Type **status** to see where it stands.',
  'aanmelding.submitted.view': 'View application',
  'aanmelding.submit.already':
    'This application was already submitted, on {at} by {name}. Reference: **{reference}**.',

  'aanmelding.discard.title': 'Discard draft?',
  'aanmelding.discard.text':
    'You are discarding the draft for **{school}**. Everything filled in will be gone. This cannot be undone.',
  'aanmelding.discard.confirm': 'Yes, discard',
  'aanmelding.discard.cancel': 'No, keep it',
  'aanmelding.discard.done':
    'The draft for **{school}** has been discarded. Type **aanmelden** to start again.',
  'aanmelding.discard.stale':
    'Someone else just changed the draft. I did not discard anything. Look at the newest version first.',
  'aanmelding.discard.kept': 'Fine, your draft is kept.',

  'aanmelding.statusCard.title': 'Your applications',
  'aanmelding.statusCard.empty': 'You have no applications yet. Type **aanmelden** to start one.',
  'aanmelding.statusCard.footer': 'I send you a message whenever something changes.',
  'aanmelding.statusCard.current': '{status} since {at}',
  'aanmelding.statusCard.reference': 'Reference {reference}',
  'aanmelding.statusCard.decisionBy': 'by {date}',
  'aanmelding.explain.concept':
    'Not submitted yet. {done} of {total} steps are done. You can submit until {closes}.',
  'aanmelding.explain.conceptClosed': 'Not submitted. The round closed on {closes}.',
  'aanmelding.explain.ingediend': 'The expert group will read and assess your application.',
  'aanmelding.explain.aanvulling-gevraagd':
    'The expert group has a question. Answer it and the assessment continues.',
  'aanmelding.explain.in-beoordeling':
    'The expert group is assessing your application. You will hear the decision by {decision}.',
  'aanmelding.explain.geselecteerd':
    'Congratulations! Your school is taking part. We will contact you about the next steps.',
  'aanmelding.explain.niet-geselecteerd':
    'Your school was not selected this time. We would like to talk with you about other support for your challenge.',
  'aanmelding.explain.followUpRequested': 'You asked for a conversation on {at}. We will contact you.',
  'aanmelding.statusCard.answer': 'Answer the question',
  'aanmelding.statusCard.followUp': 'Yes, I would like a conversation',
  'aanmelding.statusCard.view': 'View',
  'aanmelding.statusCard.continue': 'Continue',

  'aanmelding.question.title': 'Question about the application for {school}',
  'aanmelding.question.asked': 'Asked by {name} on {at}',
  'aanmelding.question.answerLabel': 'Your answer',
  'aanmelding.question.hint': 'Write {min} to {max} characters. After you send it, the assessment continues.',
  'aanmelding.question.submit': 'Send answer',
  'aanmelding.question.none': 'There is no open question for this application.',
  'aanmelding.answered': 'Thank you, your answer has been sent. The expert group continues the assessment.',
  'aanmelding.answeredMore': 'Thank you, your answer has been sent. There is still another open question.',
  'aanmelding.followUp.done':
    'Noted: you would like a conversation about other support. The knowledge centre will contact you.',
  'aanmelding.followUp.already':
    'You had already asked for a conversation. The knowledge centre will contact you.',

  'aanmelding.notify.reasonParticipant':
    'You get this message because you work on the application for {school}.',
  'aanmelding.notify.reasonAsker': 'You get this message because you asked {school} this question.',
  'aanmelding.notify.reasonDecider': 'You get this message because you made the decision about {school}.',
  'aanmelding.notify.submitted':
    '{name} submitted the application for **{school}**. Reference: **{reference}**. You will hear the decision by {decision}.',
  'aanmelding.notify.joined': '{name} is now also working on the application for **{school}**.',
  'aanmelding.notify.discarded': '{name} discarded the draft for **{school}**.',
  'aanmelding.notify.answered': '{name} answered the question about **{school}**:\n\n{answer}',
  'aanmelding.notify.answeredParticipant':
    '{name} answered the expert group’s question. The application for **{school}** is now: {status}.',
  'aanmelding.notify.in-beoordeling':
    'The expert group has started assessing the application for **{school}**.',
  'aanmelding.notify.geselecteerd':
    'Good news: **{school}** has been selected for {programme}! Explanation: {reason}\n\nWe will contact you to discuss the next steps.',
  'aanmelding.notify.followUp':
    '{name} would like a conversation about other support for **{school}**. Contact them at {email} or {phone}.',

  'aanmelding.reviewer.roundsTitle': 'Applications per round',
  'aanmelding.reviewer.roundsEmpty':
    'There are no rounds yet. An administrator creates them with **rondes**.',
  'aanmelding.reviewer.roundLine':
    '{submitted} submitted · {selected} of {places} selected · closes {closes}',
  'aanmelding.reviewer.open': 'Applications',
  'aanmelding.reviewer.overview': 'Scores',
  'aanmelding.reviewer.listTitle': 'Submitted applications',
  'aanmelding.reviewer.listEmpty': 'There are no submitted applications in this round yet.',
  'aanmelding.reviewer.page': 'Page {page} of {pages} · total: {total}',
  'aanmelding.reviewer.previous': '← Previous',
  'aanmelding.reviewer.next': 'Next →',
  'aanmelding.reviewer.row': '{reference} · {status} · submitted {at}',
  'aanmelding.reviewer.scoredByMe': 'You have scored · scored by {count}',
  'aanmelding.reviewer.notScoredByMe': 'You have not scored yet · scored by {count}',
  'aanmelding.reviewer.openOne': 'Open',
  'aanmelding.reviewer.summaryTitle': 'Application {school}',
  'aanmelding.reviewer.statusLine': '{reference} · {status} · submitted on {at} by {name}',
  'aanmelding.reviewer.score': 'Score',
  'aanmelding.reviewer.rescore': 'Change my scores',
  'aanmelding.reviewer.askInfo': 'Ask for more information',
  'aanmelding.reviewer.decide': 'Decide',
  'aanmelding.reviewer.toList': 'Back to the list',
  'aanmelding.reviewer.scoresTitle': 'Scores',
  'aanmelding.reviewer.scoresHidden': 'You see the others’ scores once you have scored yourself.',
  'aanmelding.reviewer.scoresNone': 'Nobody has scored yet.',
  'aanmelding.reviewer.criterionLine': '{criterion}: average {average} (lowest {min}, highest {max})',
  'aanmelding.reviewer.noteLine': '{name}: {score} – {note}',
  'aanmelding.reviewer.totalLine': 'Average {average} · spread {min} to {max} · {count} reviewers',

  'aanmelding.score.title': 'Score: {school}',
  'aanmelding.score.intro': 'Give each criterion a score from 1 (weak) to 5 (strong) and briefly say why.',
  'aanmelding.score.scoreLabel': 'Score for {criterion}',
  'aanmelding.score.notePlaceholder': 'Why this score?',
  'aanmelding.score.noteLabel': 'Note on {criterion}',
  'aanmelding.score.choose': 'Choose 1 to 5',
  'aanmelding.score.value.1': '1 – weak',
  'aanmelding.score.value.2': '2 – fair',
  'aanmelding.score.value.3': '3 – sufficient',
  'aanmelding.score.value.4': '4 – good',
  'aanmelding.score.value.5': '5 – strong',
  'aanmelding.score.submit': 'Save scores',
  'aanmelding.score.error.score': 'Choose a score from 1 to 5.',
  'aanmelding.score.error.note': 'Write a note of {min} to {max} characters.',
  'aanmelding.score.saved': 'Your scores for **{school}** are saved. You can now see the others’ scores too.',
  'aanmelding.score.closed': 'Scoring is no longer possible: a decision has been made on this application.',

  'aanmelding.overview.title': 'Scores per application',
  'aanmelding.overview.subtitle': '{reviewers} reviewers · {criteria} criteria · page {page} of {pages}',
  'aanmelding.overview.stats': 'Average {average} · spread {min} to {max} ({count} scored)',
  'aanmelding.overview.hidden': 'Scores hidden until you have scored ({count} scored)',
  'aanmelding.overview.noScores': 'No scores yet',
  'aanmelding.overview.missing': 'Not scored yet: {names}',
  'aanmelding.overview.allScored': 'All reviewers have scored',
  'aanmelding.overview.noReviewers':
    'There are no reviewers yet. An administrator gives that role with **rollen**.',

  'aanmelding.info.title': 'Ask for more information: {school}',
  'aanmelding.info.intro':
    'Your question goes to everyone working on this application. They answer in a card.',
  'aanmelding.info.label': 'Your question',
  'aanmelding.info.submit': 'Send question',
  'aanmelding.info.error.question': 'Write a question of {min} to {max} characters.',
  'aanmelding.info.sent':
    'Your question has been sent to {school}. You get a message when there is an answer.',

  'aanmelding.decide.title': 'Decision: {school}',
  'aanmelding.decide.intro': '{selected} of {places} places are taken so far.',
  'aanmelding.decide.outcome': 'Decision',
  'aanmelding.decide.reason': 'Explanation for the school',
  'aanmelding.decide.reasonHint': 'The school reads this explanation. Write {min} to {max} characters.',
  'aanmelding.decide.override': 'More than {places} places',
  'aanmelding.decide.overrideTitle': 'I deliberately select more schools than there are places.',
  'aanmelding.decide.submit': 'Save decision and inform the school',
  'aanmelding.decide.error.outcome': 'Choose selected or not selected.',
  'aanmelding.decide.error.reason': 'Write an explanation of {min} to {max} characters.',
  'aanmelding.decide.placesFull':
    '{selected} of {places} places are already taken. Select anyway? Then tick ‘more than {places} places’.',
  'aanmelding.decide.saved': 'The decision for **{school}** is saved: {status}. The school gets a message.',

  'aanmelding.history.title': 'History: {school}',
  'aanmelding.history.empty': 'No history yet.',
  'aanmelding.history.entry': '{at} · {name}',
  'aanmelding.history.status': 'Status: {status}',
  'aanmelding.history.statusReason': 'Status: {status}. Why: {reason}',
  'aanmelding.history.asked': 'Question asked: {text}',
  'aanmelding.history.answered': 'Question answered: {text}',
  'aanmelding.history.revision': '{step} changed',
  'aanmelding.history.change': '{field}: {before} → {after}',
  'aanmelding.history.followUp': 'Asked for a conversation about other support',

  'aanmelding.rounds.title': 'Rounds',
  'aanmelding.rounds.empty': 'There are no rounds yet. Create one, or import a JSON file with the CLI.',
  'aanmelding.rounds.line': '{phase} · {opens} to {closes} · decision {decision} · {places} places',
  'aanmelding.rounds.phase.upcoming': 'Not open yet',
  'aanmelding.rounds.phase.open': 'Open',
  'aanmelding.rounds.phase.closed': 'Closed',
  'aanmelding.rounds.edit': 'Edit',
  'aanmelding.rounds.add': 'New round',
  'aanmelding.rounds.formTitle': 'Create or edit a round',
  'aanmelding.rounds.field.id': 'Short code (lower-case letters, digits and - only)',
  'aanmelding.rounds.field.programme': 'Programme',
  'aanmelding.rounds.field.name': 'Name of the round',
  'aanmelding.rounds.field.description': 'Explanation for schools',
  'aanmelding.rounds.field.opensDate': 'Opens on (date)',
  'aanmelding.rounds.field.opensTime': 'Opens at (time)',
  'aanmelding.rounds.field.closesDate': 'Closes on (date)',
  'aanmelding.rounds.field.closesTime': 'Closes at (time)',
  'aanmelding.rounds.field.decisionDate': 'Decision by',
  'aanmelding.rounds.field.places': 'Number of places',
  'aanmelding.rounds.field.perSchoolYear': 'Working budget per school year (euro)',
  'aanmelding.rounds.field.ownContributionMin': 'Own contribution per school year, at least (euro)',
  'aanmelding.rounds.field.referencePrefix': 'Start of the reference number (optional)',
  'aanmelding.rounds.field.criteria': 'Criteria, one per line: title | explanation',
  'aanmelding.rounds.hint.times':
    'Times are Dutch time. Closing at 23:59 means: up to and including that minute.',
  'aanmelding.rounds.hint.criteria': 'Each criterion gets a score from 1 to 5 with a note.',
  'aanmelding.rounds.submit': 'Save round',
  'aanmelding.rounds.saved': 'Round **{name}** has been saved.',
  'aanmelding.rounds.error.id': 'Use 3 to 60 characters: lower-case letters, digits and -.',
  'aanmelding.rounds.error.idTaken': 'There is already a round with this code. Choose another one.',
  'aanmelding.rounds.error.text': 'Fill this in (2 to 160 characters).',
  'aanmelding.rounds.error.description': 'Please shorten the explanation (at most 2000 characters).',
  'aanmelding.rounds.error.opens': 'Choose a date and time when the round opens.',
  'aanmelding.rounds.error.closes': 'Choose a closing date and time after the opening.',
  'aanmelding.rounds.error.decisionDate': 'Choose a decision date, not before the closing date.',
  'aanmelding.rounds.error.places': 'Enter a number of places from 1 to 100.',
  'aanmelding.rounds.error.amount': 'Enter an amount in whole euros, without dots or commas.',
  'aanmelding.rounds.error.prefix': 'Use at most 10 letters or digits.',
  'aanmelding.rounds.error.criteria': 'Put 1 to 10 criteria on separate lines, each with its own title.',
  'aanmelding.rounds.error.criteriaLocked':
    'Scoring has started in this round, so the criteria can no longer change. Everything else can.',
};

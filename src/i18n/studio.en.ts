/**
 * The scenario studio's words (`studio.*`), loaded lazily with the studio
 * (src/ui/studio/). `studio.zh.ts` must have exactly these keys
 * (test/i18n/lazy-catalogues.test.ts). The loader's and linter's messages come from the
 * authoring catalogue (authoring.*.ts); the two words the start screen and the header
 * need are in the main catalogue (studio-entry.*.ts).
 */
export const studioEn = {
  'studio.title': 'Scenario studio',
  'studio.intro': 'Write a scenario in YAML. It is checked as you type, with the same rules as the game; Ctrl+Space lists the fields and values allowed where the cursor is.',
  'studio.toolbar': 'Studio commands',
  'studio.template': 'Template',
  'studio.template.tutorial': 'Tutorial-sized: a small scenario to learn the format',
  'studio.template.flagship': 'Flagship-sized: a full workshop scenario',
  'studio.new': 'New from template',
  'studio.open': 'Open a file',
  'studio.export': 'Save to a file',
  'studio.home': 'Leave the studio',
  'studio.balance': 'Balance report…',
  'studio.replace': 'Replace the text in the editor? The current draft is not kept once replaced: save it to a file first if you need it.',
  'studio.replaceYes': 'Replace',
  'studio.cancel': 'Cancel',
  'studio.editorLabel': 'Scenario text (YAML)',
  'studio.empty': 'Start from a template or open a scenario file.',
  'studio.checking': 'Checking…',
  'studio.clean': 'No problems found.',
  'studio.counts': '{errors} error(s), {warnings} warning(s)',
  'studio.problems': 'Problems',
  'studio.at': 'Line {line}, column {column}',
  'studio.error': 'Error',
  'studio.warning': 'Warning',
  'studio.hint': 'Hint: {hint}',
  'studio.goTo': 'Go to line {line}',
  'studio.checkerFailed': 'The checker stopped ({reason}). Reload the page to try again; your text is kept.',
  'studio.restored': 'Your last draft was restored.',
  'studio.saved': 'Draft saved in this browser.',
  'studio.saveFailed': 'The draft could not be saved in this browser ({reason}). Your text is still in the editor: save it to a file.',
  'studio.fileTooBig': 'That file is {kib} KiB; a scenario may be at most {max} KiB.',
  'studio.fileUnreadable': 'Could not read the file: {reason}',
  'studio.opened': 'Opened {file}.',
  'studio.preview': 'Preview',
  'studio.previewTitle': 'Play the draft',
  'studio.previewRole': 'Your role',
  'studio.previewSeed': 'Seed',
  'studio.previewWeek': 'Start at week',
  'studio.previewWeekHint': 'Bots play every role in the weeks before.',
  'studio.previewGo': 'Play the draft',
  'studio.previewBlocked': 'Fix the errors first: only a scenario that loads can be played.',
  'studio.previewWait': 'Wait for the check to finish, then try again.',
  'studio.doc.example': 'Example: {example}',
  'studio.doc.oneOf': 'One of: {list}',
  'studio.doc.range': 'From {min} to {max}',
  'studio.doc.required': 'Required',
} as const;

export type StudioKey = keyof typeof studioEn;

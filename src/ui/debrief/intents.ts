/** What the debrief asks of the app: branch a what-if game, save the trainee's notes. */
export class BranchIntent extends Event {
  static readonly type = 'it-branch';
  constructor(readonly week: number) {
    super(BranchIntent.type, { bubbles: true });
  }
}
export class NotesIntent extends Event {
  static readonly type = 'it-notes';
  constructor(readonly notes: Record<string, string>) {
    super(NotesIntent.type, { bubbles: true });
  }
}


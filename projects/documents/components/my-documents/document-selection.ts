/** The documents a shopper ticked on My Documents, across pages of the same filter. */
export class DocumentSelection {
  protected selected: string[] = [];

  get ids(): string[] {
    return this.selected;
  }

  toggle(id: string, selected: boolean): void {
    const others = this.selected.filter((candidate) => candidate !== id);
    this.selected = selected ? [...others, id] : others;
  }

  /** Whether every one of `ids` (a page) is selected. */
  all(ids: string[]): boolean {
    return ids.length > 0 && ids.every((id) => this.selected.includes(id));
  }

  /** Selects or unselects all of `ids`, keeping the rest of the selection. */
  setAll(ids: string[], selected: boolean): void {
    const others = this.selected.filter((id) => !ids.includes(id));
    this.selected = selected ? [...others, ...ids] : others;
  }

  clear(): void {
    if (this.selected.length) this.selected = [];
  }
}

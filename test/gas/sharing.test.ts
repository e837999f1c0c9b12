// Issue 10 item 3: sharing before protecting. Protection.addEditor does not share the file; members who are not
// editors of the spreadsheet are listed in a dialog with a one-click share (Spreadsheet.addEditors).
import { Handlers } from '../../src/gas/addon';
import { createScoreCards } from '../../src/gas/cards';
import { MSG } from '../../src/gas/messages';
import { DIALOG_FUNCTIONS, shareWithCouncil } from '../../src/gas/sharing';
import type { ServerApi } from '../../src/workbook/api';
import { smallSchool } from './school';

describe('sharing the spreadsheet with the council', () => {
  test('the cards report lists the council emails that are not editors of the file (owner and editors are)', () => {
    const services = smallSchool();
    services.spreadsheet.editors.add('nam@truong.edu.vn');
    const report = createScoreCards(services, 'D1');
    expect(report.unshared).toEqual(['hoa@truong.edu.vn']); // TV02 is an editor; TV03 has no email
  });

  test('one click shares with every member who is not an editor, read again from Hội đồng', () => {
    const services = smallSchool();
    expect(shareWithCouncil(services)).toEqual(['hoa@truong.edu.vn', 'nam@truong.edu.vn']);
    expect([...services.spreadsheet.editors]).toEqual(['hoa@truong.edu.vn', 'nam@truong.edu.vn']);
    expect(services.calls.of('Spreadsheet.addEditors')).toBe(1);
    expect(createScoreCards(services, 'D1').unshared).toEqual([]);
    expect(shareWithCouncil(services)).toEqual([]);
  });

  test('from the menu: a dialog lists them with the share button instead of a plain alert', () => {
    const services = smallSchool();
    const ui = services.SpreadsheetApp.ui;
    const handlers = new Handlers(services, {} as ServerApi);
    ui.answers.push({ text: 'D1' });
    handlers.createScoreCards();
    expect(ui.alerts).toEqual([]);
    expect(ui.dialogs).toHaveLength(1);
    expect(ui.dialogs[0].title).toBe(MSG.sharing.title);
    const page = String((ui.dialogs[0].html as unknown as { content: string }).content);
    expect(page).toContain('hoa@truong.edu.vn');
    expect(page).toContain('nam@truong.edu.vn');
    expect(page).toContain('google.script.run');
    expect(page).toContain(`.${DIALOG_FUNCTIONS[0]}()`);
    expect(page).toContain('Chấm D1 TV01');
  });

  test('everyone already an editor: the usual alert', () => {
    const services = smallSchool();
    shareWithCouncil(services);
    const ui = services.SpreadsheetApp.ui;
    ui.answers.push({ text: 'D1' });
    new Handlers(services, {} as ServerApi).createScoreCards();
    expect(ui.dialogs).toEqual([]);
    expect(ui.alerts[0]).toContain('Chấm D1 TV01');
  });
});

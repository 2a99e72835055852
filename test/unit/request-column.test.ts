import { describe, expect, it } from 'vitest';
import { requestCells } from '../../src/extract/asks/request-column.js';

const cells = (text: string): string[] => requestCells(text, 0).map((c) => text.slice(c.start, c.end));

describe('requestCells', () => {
  it('takes each cell under a Markdown column headed by a request noun', () => {
    const table = [
      '| Onderwerp | Ons verzoek | Wanneer |',
      '|---|:---|---|',
      '| Bussen | Een vaste bijdrage per lijn | 2027 |',
      '| Haltes | Maak elke halte toegankelijk | 2028 |',
    ].join('\n');
    expect(cells(table)).toEqual(['Een vaste bijdrage per lijn', 'Maak elke halte toegankelijk']);
  });

  it('reads a table typed as text, without outer bars, and skips empty cells', () => {
    const table = ['Thema | Voorstel', 'Lonen | Verhoog het minimumloon met 5 procent', 'Overig | '].join(
      '\n',
    );
    expect(cells(table)).toEqual(['Verhoog het minimumloon met 5 procent']);
  });

  it('gives offsets in the letter when the table starts further in', () => {
    const table = 'Onderwerp | Eis\nRoosters | Een rooster vier weken vooruit';
    const [cell] = requestCells(table, 100);
    expect(cell).toEqual({ start: 100 + table.indexOf('Een'), end: 100 + table.length });
  });

  it('takes nothing from a table whose headers name no requests', () => {
    expect(cells('| Jaar | Bedrag |\n|---|---|\n| 2025 | € 3 miljoen |')).toEqual([]);
    expect(cells('| Onderwerp | Verzoek van de bond |\n|---|---|\n| Lonen | Meer loon |')).toEqual([]);
    // a header alone has no cells under it
    expect(cells('| Onderwerp | Verzoek |')).toEqual([]);
  });
});

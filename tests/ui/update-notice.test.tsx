import { act, fireEvent, screen } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { offerUpdate } from '../../src/app/update-state';
import { compileFixture } from '../helpers/stories';
import { renderApp } from '../helpers/render-app';

let json = '';
beforeAll(() => {
  json = compileFixture('basic');
});

describe('«Nuova versione: aggiorna»', () => {
  it('is absent until the service worker offers an update, then sits in the header and updates only when clicked', async () => {
    act(() => {
      window.location.hash = '#/';
    });
    renderApp([{ slug: 'prova', tags: ['title: Prova', 'episode: 1'], load: async () => ({ default: json }) }]);
    expect(screen.queryByRole('button', { name: 'Nuova versione: aggiorna' })).toBeNull();

    const update = vi.fn();
    act(() => offerUpdate(update));
    const button = screen.getByRole('button', { name: 'Nuova versione: aggiorna' });
    expect(button.closest('header')).not.toBeNull();
    expect(button.closest('[role="status"]')).not.toBeNull();
    expect(update).not.toHaveBeenCalled();
    fireEvent.click(button);
    expect(update).toHaveBeenCalledTimes(1);
  });
});

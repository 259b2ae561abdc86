import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { ErrorPanel } from '../../src/components/ErrorPanel';

function Broken(): never {
  throw new Error('ink: stato non valido');
}

describe('ErrorBoundary', () => {
  it('turns a render error into a panel with a way home, and resets on a new key', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const onHome = vi.fn();
    const fallback = (error: Error) => <ErrorPanel message={error.message} onHome={onHome} />;
    const { rerender } = render(
      <ErrorBoundary resetKey="a" fallback={fallback}>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toContain('ink: stato non valido');
    fireEvent.click(screen.getByRole('button', { name: 'Tutti gli episodi' }));
    expect(onHome).toHaveBeenCalled();
    rerender(
      <ErrorBoundary resetKey="b" fallback={fallback}>
        <p>Di nuovo a posto</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Di nuovo a posto')).toBeTruthy();
    vi.restoreAllMocks();
  });
});

import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Cast } from '../engine/types';
import type { AppState, AppStore } from '../store';

interface AppContextValue {
  store: AppStore;
  cast: Cast;
}

const AppContext = createContext<AppContextValue | null>(null);

export function StoreProvider({ store, cast, children }: { store: AppStore; cast: Cast; children: ReactNode }) {
  return <AppContext.Provider value={{ store, cast }}>{children}</AppContext.Provider>;
}

function useAppContext(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp must be used inside <StoreProvider>');
  return value;
}

/** Reads a slice of the store; return primitives or stable references (zustand compares with Object.is). */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppContext().store, selector);
}

/** The store itself, for actions called from event handlers. */
export function useAppStore(): AppStore {
  return useAppContext().store;
}

export function useCast(): Cast {
  return useAppContext().cast;
}

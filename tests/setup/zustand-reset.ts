/**
 * Every zustand store made with `create` registers a reset to its initial state, so each test
 * starts from the same store (zustand's testing guide). The Vitest setup mocks 'zustand' with it.
 */
import type * as Zustand from 'zustand';

export const storeResets = new Set<() => void>();

export function withResettableCreate(actual: typeof Zustand): typeof Zustand {
  const createUncurried = <T>(stateCreator: Zustand.StateCreator<T>) => {
    const store = actual.create(stateCreator);
    const initialState = store.getInitialState();
    storeResets.add(() => store.setState(initialState, true));
    return store;
  };
  const create = (<T>(stateCreator?: Zustand.StateCreator<T>) =>
    stateCreator === undefined
      ? createUncurried
      : createUncurried(stateCreator)) as typeof actual.create;
  return { ...actual, create };
}

/** Puts every store back to its initial state. */
export function resetAllStores(): void {
  for (const reset of storeResets) reset();
}

import { useMemo } from 'react';
import type { StageFigure } from '../components/Stage';
import type { StageState } from '../engine/stage';
import type { Cast } from '../engine/types';

/** The figures on stage, stable between lines when nobody entered, left or changed pose (so the stage is not redrawn). */
export function useStageFigures(stage: StageState | null, cast: Cast): StageFigure[] {
  const key = JSON.stringify([stage?.present ?? [], stage?.poses ?? {}]);
  return useMemo(() => {
    const [present, poses] = JSON.parse(key) as [string[], Record<string, string>];
    return present.flatMap((id) => {
      const member = cast.members.find((m) => m.id === id);
      if (!member) return [];
      return [{ id, name: member.name, short: member.short, figure: member.figure, color: member.color, pose: poses[id] ?? member.poses[0] ?? '' }];
    });
  }, [key, cast]);
}

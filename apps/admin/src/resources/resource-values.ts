import type { VenueKind } from '@reserva/domain';
import type { RouterInputs, RouterOutputs } from '@reserva/ui';
import { amount, type Check, required, whole } from '../components/checks';
import { amountText, parseAmount } from '../format/money-input';

export type AdminResource = RouterOutputs['admin']['resources']['list'][number];
export type PlaceKind = 'table' | 'desk' | 'room';
type ResourceStatus = NonNullable<RouterInputs['admin']['resources']['update']['status']>;

/** What a venue's places are called (the API picks the same kind from the venue). */
export const PLACE_KIND: Partial<Record<VenueKind, PlaceKind>> = {
  restaurant: 'table',
  coworking: 'desk',
  hotel: 'room',
};

export const RESOURCE_STATUSES = ['available', 'maintenance'] as const satisfies readonly ResourceStatus[];

export type ResourceField = 'label' | 'area' | 'capacity' | 'price' | 'status';

export function resourceValues(
  resource: AdminResource | null,
  currency: string,
): Record<ResourceField, string> {
  return {
    label: resource?.label ?? '',
    area: resource?.area ?? '',
    capacity: String(resource?.capacity ?? 2),
    price: amountText(resource?.priceMinor ?? 0, currency),
    status: resource?.status === 'maintenance' ? 'maintenance' : 'available',
  };
}

export const resourceChecks = (currency: string): Partial<Record<ResourceField, Check>> => ({
  label: required,
  capacity: whole(1, 500),
  price: amount(currency),
});

/** The fields as the API takes them, for create and update alike. */
export function resourceFields(values: Record<ResourceField, string>, currency: string) {
  return {
    label: values.label.trim(),
    area: values.area.trim() || null,
    capacity: Number(values.capacity),
    priceMinor: parseAmount(values.price, currency) ?? 0,
    status: values.status as ResourceStatus,
  };
}

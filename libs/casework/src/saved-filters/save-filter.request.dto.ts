import { ApiProperty } from '@nestjs/swagger';
import type { SaveFilterRequest } from '@lagspill/contracts';
import { containsIdentityNumber } from '@lagspill/domain';
import { Transform, Type } from 'class-transformer';
import {
  IsObject,
  IsString,
  Matches,
  MaxLength,
  MinLength,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { CaseListFiltersDto } from '../queries/list-cases/case-list-filters.request.dto';

export const MAX_SAVED_FILTER_NAME_LENGTH = 80;

export const IDENTITY_NUMBER_MESSAGE = 'must not hold a fødselsnummer or D-nummer';

/**
 * Text that is stored and shown again holds no identity number in any spelling (the domain's detector,
 * as the directory's free text): a saved filter is a person's tool, never a place for a patient.
 */
function HoldsNoIdentityNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'holdsNoIdentityNumber',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || !containsIdentityNumber(value),
        defaultMessage: (args) => `${args?.property ?? 'text'} ${IDENTITY_NUMBER_MESSAGE}`,
      },
    },
    options,
  );
}

/** POST /api/saved-filters. */
export class SaveFilterRequestDto implements SaveFilterRequest {
  @ApiProperty({
    description: 'A name of the person’s own, unique among their filters (whatever the case of its letters)',
    example: 'Åpne multidosesaker',
    maxLength: MAX_SAVED_FILTER_NAME_LENGTH,
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1, { message: 'name must not be empty' })
  @MaxLength(MAX_SAVED_FILTER_NAME_LENGTH)
  // Control and invisible characters (zero-width, bidi) would let two names look alike, or hide text.
  @Matches(/^[^\p{Cc}\p{Cf}]*$/u, { message: 'name must not hold control or invisible characters' })
  @HoldsNoIdentityNumber()
  name!: string;

  @ApiProperty({
    type: CaseListFiltersDto,
    description: 'The filters of GET /api/cases, paging aside, by the same rules; the search holds no identity number',
  })
  @IsObject()
  @ValidateNested()
  @Type(() => CaseListFiltersDto)
  filters!: CaseListFiltersDto;
}

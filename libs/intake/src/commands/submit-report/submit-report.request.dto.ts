import type { ReportRequest } from '@lagspill/contracts';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateBy,
  ValidateNested,
  type ValidationOptions,
} from 'class-validator';
import { IsApiDateTime } from '@lagspill/platform';
import {
  CATEGORY_CODES,
  containsIdentityNumber,
  DEVIATION_CHANNELS,
  DEVIATION_NOTICE_STATUSES,
  DEVIATION_REFERENCE,
  ENTRY_ID,
  HARM_LEVELS,
  MULTIDOSE_MODES,
  type DeviationChannel,
  type DeviationNoticeStatus,
  type Harm,
  type MultidoseMode,
} from '@lagspill/domain';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/**
 * A product version as vendors write them (`8.4.2`, `2024.11`, `R22.1-hf3`, `15.0 SP2`). Never an
 * 11-digit run: no part has more than 8 digits in a row.
 */
const SYSTEM_VERSION = /^(?!.*\d{9})[A-Za-z0-9]+(?:[.\-+_ ][A-Za-z0-9]+)*$/;

/** No identity number however it is spelled (parts of a version could spell one: `15.03.85.123.63`). */
function IsNotIdentityNumberLike(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isNotIdentityNumberLike',
      validator: { validate: (value: unknown) => typeof value !== 'string' || !containsIdentityNumber(value) },
    },
    options,
  );
}

export class ReportedSystemDto {
  @ApiProperty({ example: 'cgm', description: 'The vendor party id (GET /api/parties)' })
  @IsString()
  @Matches(SLUG, { message: 'vendor must be a party id such as "cgm"' })
  @MaxLength(64)
  vendor!: string;

  @ApiProperty({
    example: 'CGM Journal',
    description: "One of the vendor's products (GET /api/parties), or a name of your own, screened like free text",
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  product!: string;

  @ApiPropertyOptional({
    example: '8.4.2',
    description: 'A version: letters and digits in parts joined by . - + _ (no run of more than 8 digits)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  @Matches(SYSTEM_VERSION, { message: 'version must be a version such as 8.4.2 or R22.1-hf3' })
  @IsNotIdentityNumberLike({ message: 'version must be a version such as 8.4.2, not an identity number' })
  version?: string;
}

export class ReportScopeDto {
  @ApiProperty()
  @IsBoolean()
  multiplePatients!: boolean;

  @ApiProperty()
  @IsBoolean()
  multipleOrganisations!: boolean;
}

export class TechnicalIdsDto {
  @ApiPropertyOptional({ description: 'TraceID / Feil-ID from the error text' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  traceId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  messageId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reseptId?: string;
}

export class DeviationNoticeDto {
  @ApiProperty({
    enum: DEVIATION_NOTICE_STATUSES,
    description: 'notified: given; will-notify: will be given; not-notified: not given',
  })
  @IsIn(DEVIATION_NOTICE_STATUSES)
  status!: DeviationNoticeStatus;

  @ApiPropertyOptional({ enum: DEVIATION_CHANNELS, description: 'With notified: melde.no or the own deviation system' })
  @IsOptional()
  @IsIn(DEVIATION_CHANNELS)
  channel?: DeviationChannel;

  @ApiPropertyOptional({ example: 'SYN-2026-0451', description: "With notified: the notice's reference there" })
  @IsOptional()
  @IsString()
  @Matches(DEVIATION_REFERENCE, {
    message: 'reference must be 1 to 60 letters, digits and . / _ - or spaces, starting with a letter or digit',
  })
  @IsNotIdentityNumberLike({ message: 'reference must be the notice’s reference, not an identity number' })
  reference?: string;
}

/** A report of a fault, as docs/api.md "A report" describes it. The organisation comes from the caller. */
export class SubmitReportRequest implements ReportRequest {
  @ApiProperty({ enum: CATEGORY_CODES, example: 'multidose' })
  @IsIn(CATEGORY_CODES)
  category!: string;

  @ApiProperty({ example: 'paper-and-emd', description: 'A subcategory code of the category (GET /api/taxonomy)' })
  @IsString()
  @Matches(SLUG, { message: 'subcategory must be a lower-case code such as "paper-and-emd"' })
  @MaxLength(64)
  subcategory!: string;

  @ApiProperty({ example: 'Pasient på papirmultidose har også PLL', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;

  @ApiProperty({ maxLength: 10_000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  description!: string;

  @ApiProperty({
    example: '2026-11-20T09:30:00Z',
    description: 'A date-time with seconds and an offset (Z or ±hh:mm), docs/api.md "Dates and times"',
  })
  @IsApiDateTime()
  occurredAt!: string;

  @ApiPropertyOptional({ type: ReportedSystemDto, description: 'Left out: the organisation’s system in the directory' })
  @IsOptional()
  @ValidateNested()
  @IsObject()
  @Type(() => ReportedSystemDto)
  system?: ReportedSystemDto;

  @ApiProperty({ enum: MULTIDOSE_MODES })
  @IsIn(MULTIDOSE_MODES)
  multidoseMode!: MultidoseMode;

  @ApiProperty({ enum: HARM_LEVELS })
  @IsIn(HARM_LEVELS)
  harm!: Harm;

  @ApiProperty({ type: ReportScopeDto })
  // ValidateNested alone passes a missing scope, and an empty array as one with nothing wrong in it.
  @ValidateNested()
  @IsObject()
  @IsDefined()
  @Type(() => ReportScopeDto)
  scope!: ReportScopeDto;

  @ApiPropertyOptional({ type: TechnicalIdsDto })
  @IsOptional()
  @ValidateNested()
  @IsObject()
  @Type(() => TechnicalIdsDto)
  technical?: TechnicalIdsDto;

  @ApiPropertyOptional({
    example: 'morkved-legesenter',
    description: 'The other organisation the report concerns (an id of GET /api/organisations), not the own',
  })
  @IsOptional()
  @IsString()
  @Matches(ENTRY_ID, { message: 'concerns must be an organisation id such as "morkved-legesenter"' })
  concerns?: string;

  @ApiPropertyOptional({ description: 'Double registration or a fragmented medication list, whatever the category' })
  @IsOptional()
  @IsBoolean()
  fragmentedList?: boolean;

  @ApiPropertyOptional({
    type: DeviationNoticeDto,
    description: 'Only with harm above a near miss: whether the statutory notice (melde.no or own system) was given',
  })
  @IsOptional()
  @ValidateNested()
  @IsObject()
  @Type(() => DeviationNoticeDto)
  deviationNotice?: DeviationNoticeDto;
}

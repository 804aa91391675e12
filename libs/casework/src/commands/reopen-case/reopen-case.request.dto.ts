import type { ReopenCaseRequest } from '@lagspill/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { MAX_REASON_LENGTH, NOT_BLANK, NOT_BLANK_MESSAGE } from '../shared/free-text';

export class ReopenCaseRequestDto implements ReopenCaseRequest {
  @ApiProperty({ description: 'Why the case is reopened', maxLength: MAX_REASON_LENGTH })
  @Matches(NOT_BLANK, { message: NOT_BLANK_MESSAGE })
  @MaxLength(MAX_REASON_LENGTH)
  @IsString()
  reason!: string;
}

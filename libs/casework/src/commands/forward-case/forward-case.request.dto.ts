import type { ForwardCaseRequest } from '@lagspill/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { MAX_REASON_LENGTH, NOT_BLANK, NOT_BLANK_MESSAGE } from '../shared/free-text';

export class ForwardCaseRequestDto implements ForwardCaseRequest {
  @ApiProperty({ description: 'The party to route the case to (GET /api/parties)', example: 'nhn' })
  @Matches(/^[a-z0-9][a-z0-9-]*$/, { message: 'party must be a party id' })
  @MaxLength(64)
  @IsString()
  party!: string;

  @ApiProperty({ description: 'Why the case goes there', maxLength: MAX_REASON_LENGTH })
  @Matches(NOT_BLANK, { message: NOT_BLANK_MESSAGE })
  @MaxLength(MAX_REASON_LENGTH)
  @IsString()
  reason!: string;
}

import type { ResolveCaseRequest } from '@lagspill/contracts';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches, MaxLength } from 'class-validator';
import { MAX_TEXT_LENGTH, NOT_BLANK, NOT_BLANK_MESSAGE } from '../shared/free-text';

export class ResolveCaseRequestDto implements ResolveCaseRequest {
  @ApiProperty({ description: 'How the case was resolved', maxLength: MAX_TEXT_LENGTH })
  @Matches(NOT_BLANK, { message: NOT_BLANK_MESSAGE })
  @MaxLength(MAX_TEXT_LENGTH)
  @IsString()
  resolution!: string;
}
